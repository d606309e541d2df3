using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Library;

/// <summary>Builds the <see cref="ContentLibrary"/> from a uSync folder: the head's embedded source and the agency tools' view of the package.</summary>
public static class UsyncLibraryReader
{
    public static ContentLibrary Read(UsyncFolder folder)
    {
        var nodes = folder.Content.Where(n => !n.Trashed).ToList();
        var citations = folder.Content.Where(n => n.ContentType == DocumentTypes.Citation.Alias).Select(ReadCitation);
        var reviewers = Reviewers(folder);
        var articles = nodes.Where(n => n.ContentType == DocumentTypes.Article.Alias).Select(n => ReadArticle(n, reviewers) with { Image = ReadImage(n, Props.Image, folder) });
        var clinics = nodes.Where(n => n.ContentType == DocumentTypes.ClinicSite.Alias)
            .Select(n => ReadClinic(n, folder, nodes, reviewers));
        var dictionary = folder.Dictionary
            .Select(d => (d.Alias, Text: d.TranslationFor("en-US") ?? d.Translations.FirstOrDefault()?.Text))
            .Where(d => d.Text is not null)
            .GroupBy(d => d.Alias)
            .ToDictionary(g => g.Key, g => g.First().Text!);
        return new ContentLibrary(articles, citations, clinics, dictionary);
    }

    public static Citation ReadCitation(ContentNode n) => new(
        n.Key,
        Text(n, Props.Title),
        Text(n, Props.Authors),
        Text(n, Props.Publication),
        int.TryParse(n.Value(Props.Year), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null,
        Text(n, Props.Url),
        Text(n, Props.Doi),
        Text(n, Props.Pmid),
        ClaimReader.FirstChoice(JsonValue.Create(n.Value(Props.SourceType))),
        Date(n.Value(Props.LastVerified)),
        n.Trashed ? CitationState.Trashed : n.Published ? CitationState.Published : CitationState.Unpublished);

    /// <summary>The published reviewers of the folder by key, as a pick resolves them: like the Delivery API, which lists only
    /// published picks, an unpublished or trashed reviewer does not resolve.</summary>
    public static Func<Guid?, Reviewer?> Reviewers(UsyncFolder folder)
    {
        var reviewers = folder.Content.Where(n => n.ContentType == DocumentTypes.Reviewer.Alias && n.Published && !n.Trashed)
            .DistinctBy(n => n.Key)
            .ToDictionary(n => n.Key, n => ReadReviewer(n) with { Photo = ReadImage(n, Props.Photo, folder) });
        return key => key is { } k ? reviewers.GetValueOrDefault(k) : null;
    }

    public static Reviewer ReadReviewer(ContentNode n) => new(
        n.Key,
        n.Name ?? n.Alias,
        Text(n, Props.Credentials),
        Text(n, Props.Role),
        Text(n, Props.Bio),
        Text(n, Props.ProfileUrl),
        n.Value(Props.IsDemo)?.Trim() is "1" or "true" or "True");

    public static Article ReadArticle(ContentNode n, Func<Guid?, Reviewer?> reviewers)
    {
        var fields = StoredFields.Of(n);
        var reviewer = reviewers(ReviewerPicks.PickedKey(fields.Picks(Props.ReviewedBy)));
        return new Article(
            n.Key,
            n.Name ?? n.Alias,
            Text(n, Props.Title),
            Text(n, Props.Summary),
            LibraryBuilder.Body(fields.Blocks(Props.Body)),
            Tags(n.Value(Props.Topics)),
            ReadSeo(n),
            ReadReview(n, reviewer),
            reviewer,
            LibraryBuilder.CallToAction(fields.Blocks(Props.CallToAction)),
            n.Published,
            Created(n),
            Text(n, Props.Treatment));
    }

    public static ReviewDates ReadReview(ContentNode n, Reviewer? reviewer)
    {
        var fields = StoredFields.Of(n);
        return ReviewerPicks.Review(fields.Picks(Props.ReviewedBy), reviewer, fields.Date(Props.LastReviewed), fields.Date(Props.NextReviewDue));
    }

    /// <summary>A clinic site node as a clinic, whatever its content type says (the gate brands a 503 page with it).</summary>
    public static ClinicSite ReadClinic(ContentNode n, UsyncFolder folder) => ReadClinic(n, folder, folder.Content.Where(c => !c.Trashed).ToList(), Reviewers(folder));

    private static ClinicSite ReadClinic(ContentNode n, UsyncFolder folder, List<ContentNode> nodes, Func<Guid?, Reviewer?> reviewers) => new(
        n.Key,
        n.Name ?? n.Alias,
        Text(n, Props.ClinicName),
        Text(n, Props.Tagline),
        Text(n, Props.Phone),
        Text(n, Props.Email),
        Text(n, Props.Address),
        Text(n, Props.City),
        Text(n, Props.BookingUrl),
        Text(n, Props.BrandColor),
        ClaimReader.FirstChoice(JsonValue.Create(n.Value(Props.CanonicalStrategy))) is { Length: > 0 } strategy ? strategy : Choices.CanonicalSelf,
        ReadSeo(n),
        LibraryBuilder.CallToAction(StoredFields.Of(n).Blocks(Props.CallToAction)),
        folder.Domains.Where(d => d.RootKey == n.Key).OrderBy(d => d.SortOrder ?? 0).Select(d => d.Alias).ToList(),
        nodes.Where(c => c.ParentKey == n.Key && c.ContentType == DocumentTypes.ClinicArticle.Alias)
            .OrderBy(c => c.SortOrder ?? 0)
            .Select(ReadClinicArticle)
            .ToList(),
        n.Published,
        n.SortOrder ?? 0)
    {
        UpdateDate = Created(n),
        Pages = nodes.Where(c => c.ParentKey == n.Key && PatientPageReader.IsPatientPage(c.ContentType))
            .OrderBy(c => c.SortOrder ?? 0)
            .Select(c => PatientPageReader.Read(
                c.ContentType, c.Key, c.Name ?? c.Alias, UsyncFileNames.UrlSegment(c.Name ?? c.Alias), c.Published, c.SortOrder ?? 0, StoredFields.Of(c), reviewers)! with { UpdateDate = Created(c) })
            .ToList(),
        HeroPromise = Text(n, Props.HeroPromise),
        HeroText = Text(n, Props.HeroText),
        Logo = ReadImage(n, Props.Logo, folder),
        Hero = ReadImage(n, Props.HeroImage, folder),
    };

    /// <summary>The first image a media picker picks, when its media item is in the folder and names a file.</summary>
    private static MediaImage? ReadImage(ContentNode n, string alias, UsyncFolder folder)
    {
        var key = MediaPicks.Parse(n.Value(alias)).FirstOrDefault();
        var media = folder.Media.FirstOrDefault(m => m.Key == key && !m.Trashed);
        return media is not null && MediaPicks.FileOf(media.Value("umbracoFile")) is { Length: > 0 } src
            ? new MediaImage(media.Key, src, media.Value("altText") ?? "")
            : null;
    }

    private static ClinicArticle ReadClinicArticle(ContentNode n) => new(
        n.Key,
        n.Name ?? n.Alias,
        UsyncFileNames.UrlSegment(n.Name ?? n.Alias),
        Udis.ParsePicked(n.Value(Props.Article)).Select(p => p.Key).FirstOrDefault(),
        Text(n, Props.IntroOverride),
        LibraryBuilder.CallToAction(StoredFields.Of(n).Blocks(Props.CallToAction)),
        ReadSeo(n),
        n.Published,
        n.SortOrder ?? 0) { UpdateDate = Created(n) };

    /// <summary>The only date uSync writes for a content node (it exports no update date).</summary>
    private static DateTime? Created(ContentNode n) =>
        DateTime.TryParse(n.CreateDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var created) ? created : null;

    private static Seo ReadSeo(ContentNode n) => new(Text(n, Props.MetaTitle), Text(n, Props.MetaDescription), n.Value(Props.NoIndex) == "1");

    private static string Text(ContentNode n, string alias) => n.Value(alias)?.Trim() ?? "";

    /// <summary>Tags are stored as a JSON array (storage type Json) or, on older sites, comma-separated.</summary>
    private static IReadOnlyList<string> Tags(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        if (value.TrimStart().StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(value) is JsonArray array
                    ? array.Select(t => t?.GetValue<string>() ?? "").Where(t => t.Length > 0).ToList()
                    : [];
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return [];
            }
        }

        return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>A stored date (<c>2026-10-15T00:00:00</c>, or a bare date); only the date counts.</summary>
    public static DateOnly? Date(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateOnly.FromDateTime(date) : null;
}
