using System.Globalization;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Library;

/// <summary>Builds the <see cref="ContentLibrary"/> from a uSync folder: the head's embedded source and the agency tools' view
/// of the package. Each node's stored values go to the source-neutral <see cref="LibraryBuilder"/> as <see cref="StoredFields"/>.</summary>
public static class UsyncLibraryReader
{
    public static ContentLibrary Read(UsyncFolder folder)
    {
        var nodes = folder.Content.Where(n => !n.Trashed).ToList();
        var media = StoredFields.Media(folder);
        var citations = folder.Content.Where(n => n.ContentType == DocumentTypes.Citation.Alias).Select(ReadCitation);
        var reviewers = Reviewers(folder);
        var articles = nodes.Where(n => n.ContentType == DocumentTypes.Article.Alias).Select(n => ReadArticle(n, reviewers, media));
        var clinics = nodes.Where(n => n.ContentType == DocumentTypes.ClinicSite.Alias)
            .Select(n => ReadClinic(n, folder, nodes, reviewers, media));
        var dictionary = folder.Dictionary
            .Select(d => (d.Alias, Text: d.TranslationFor("en-US") ?? d.Translations.FirstOrDefault()?.Text))
            .Where(d => d.Text is not null)
            .GroupBy(d => d.Alias)
            .ToDictionary(g => g.Key, g => g.First().Text!);
        return new ContentLibrary(articles, citations, clinics, dictionary);
    }

    public static Citation ReadCitation(ContentNode n) =>
        LibraryBuilder.Citation(n.Key, StoredFields.Of(n), n.Trashed ? CitationState.Trashed : n.Published ? CitationState.Published : CitationState.Unpublished);

    /// <summary>The published reviewers of the folder by key, as a pick resolves them: like the Delivery API, which lists only
    /// published picks, an unpublished or trashed reviewer does not resolve.</summary>
    public static Func<Guid?, Reviewer?> Reviewers(UsyncFolder folder)
    {
        var media = StoredFields.Media(folder);
        var reviewers = folder.Content.Where(n => n.ContentType == DocumentTypes.Reviewer.Alias && n.Published && !n.Trashed)
            .DistinctBy(n => n.Key)
            .ToDictionary(n => n.Key, n => LibraryBuilder.Reviewer(n.Key, n.Name ?? n.Alias, StoredFields.Of(n, media)));
        return key => key is { } k ? reviewers.GetValueOrDefault(k) : null;
    }

    private static Article ReadArticle(ContentNode n, Func<Guid?, Reviewer?> reviewers, Func<Guid, MediaImage?> media) =>
        LibraryBuilder.Article(n.Key, n.Name ?? n.Alias, StoredFields.Of(n, media), reviewers, n.Published, Created(n));

    public static ReviewDates ReadReview(ContentNode n, Reviewer? reviewer)
    {
        var fields = StoredFields.Of(n);
        return ReviewerPicks.Review(fields.Picks(Props.ReviewedBy), reviewer, fields.Date(Props.LastReviewed), fields.Date(Props.NextReviewDue));
    }

    /// <summary>A clinic site node as a clinic, whatever its content type says (the gate brands a 503 page with it).</summary>
    public static ClinicSite ReadClinic(ContentNode n, UsyncFolder folder) =>
        ReadClinic(n, folder, folder.Content.Where(c => !c.Trashed).ToList(), Reviewers(folder), StoredFields.Media(folder));

    private static ClinicSite ReadClinic(ContentNode n, UsyncFolder folder, List<ContentNode> nodes, Func<Guid?, Reviewer?> reviewers, Func<Guid, MediaImage?> media)
    {
        var children = nodes.Where(c => c.ParentKey == n.Key).OrderBy(c => c.SortOrder ?? 0).ToList();
        return LibraryBuilder.ClinicSite(
            n.Key,
            n.Name ?? n.Alias,
            StoredFields.Of(n, media),
            folder.Domains.Where(d => d.RootKey == n.Key).OrderBy(d => d.SortOrder ?? 0).Select(d => d.Alias).ToList(),
            children.Where(c => c.ContentType == DocumentTypes.ClinicArticle.Alias)
                .Select(c => LibraryBuilder.ClinicArticle(c.Key, c.Name ?? c.Alias, Slug(c), StoredFields.Of(c), c.Published, c.SortOrder ?? 0, Created(c)))
                .ToList(),
            n.Published,
            n.SortOrder ?? 0,
            Created(n)) with
        {
            Pages = children.Where(c => PatientPageReader.IsPatientPage(c.ContentType))
                .Select(c => PatientPageReader.Read(c.ContentType, c.Key, c.Name ?? c.Alias, Slug(c), c.Published, c.SortOrder ?? 0, StoredFields.Of(c), reviewers)! with { UpdateDate = Created(c) })
                .ToList(),
        };
    }

    private static string Slug(ContentNode n) => UsyncFileNames.UrlSegment(n.Name ?? n.Alias);

    /// <summary>The only date uSync writes for a content node (it exports no update date).</summary>
    private static DateTime? Created(ContentNode n) =>
        DateTime.TryParse(n.CreateDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var created) ? created : null;

    /// <summary>A stored date (<c>2026-10-15T00:00:00</c>, or a bare date); only the date counts.</summary>
    public static DateOnly? Date(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateOnly.FromDateTime(date) : null;
}
