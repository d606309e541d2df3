using ClinicKit.Content.Claims;

namespace ClinicKit.Content.Library;

/// <summary>A source that claims cite.</summary>
public sealed record Citation(
    Guid Key,
    string Title,
    string Authors,
    string Publication,
    int? Year,
    string Url,
    string Doi,
    string Pmid,
    string SourceType,
    DateOnly? LastVerified,
    CitationState State);

public sealed record Seo(string MetaTitle, string MetaDescription, bool NoIndex)
{
    public static Seo None { get; } = new("", "", false);
}

/// <summary>Where a call to action's button goes: an external URL, or a content node the head turns into a URL.</summary>
public sealed record Link(string Url, Guid? ContentKey, string Title, string Target);

public sealed record CallToAction(Guid Key, string Heading, string Body, string ButtonLabel, Link? Link, string Style);

/// <summary>One block of an article body, in reading order.</summary>
public abstract record ArticleBlock(Guid Key);

public sealed record RichTextBlock(Guid Key, RichText Text) : ArticleBlock(Key);

public sealed record ClaimBlock(Claim Claim) : ArticleBlock(Claim.BlockKey);

public sealed record CtaBlock(CallToAction Cta) : ArticleBlock(Cta.Key);

/// <summary>Important safety information: each point is a cited claim, grouped by the safety block's sections in reading order.</summary>
public sealed record SafetyBlock(Guid Key, string Heading, IReadOnlyList<Claim> Points) : ArticleBlock(Key)
{
    public IEnumerable<Claim> PointsIn(string section) => Points.Where(p => p.SafetySection == section);
}

/// <summary>A picked image: the file Umbraco stores (umbracoFile's src, such as /media/ck1rglgo/riverglass-logo.png) and its alt text.</summary>
public sealed record MediaImage(Guid Key, string Src, string AltText);

/// <summary>A person in the people library who checks medical content; the node name is the name pages show.</summary>
/// <param name="IsDemo">A placeholder who does not exist: pages mark them as demo data and the audit reports their content
/// as not ready to publish (CK0421).</param>
public sealed record Reviewer(Guid Key, string Name, string Credentials, string Role, string Bio, string ProfileUrl, bool IsDemo)
{
    public MediaImage? Photo { get; init; }

    /// <summary>The anchor of the reviewer's profile on a clinic's team page (<c>/our-team#slug</c>).</summary>
    public string Slug => Usync.UsyncFileNames.UrlSegment(Name);
}

/// <summary>A reviewed article in the shared library.</summary>
public sealed record Article(
    Guid Key,
    string Name,
    string Title,
    string Summary,
    IReadOnlyList<ArticleBlock> Body,
    IReadOnlyList<string> Topics,
    Seo Seo,
    ReviewDates Review,
    Reviewer? Reviewer,
    CallToAction? CallToAction,
    bool IsPublished,
    DateTime? UpdateDate,
    string Treatment = "")
{
    /// <summary>The article's picture (the <c>image</c> picker), or null when none is picked or it does not resolve.</summary>
    public MediaImage? Image { get; init; }

    public IEnumerable<Claim> Claims => Body.SelectMany(b => b switch
    {
        ClaimBlock c => [c.Claim],
        SafetyBlock s => s.Points,
        _ => Enumerable.Empty<Claim>(),
    });

    /// <summary>Sentences in the article's rich text that make a medical claim outside a claim block.</summary>
    public IReadOnlyList<PlainTextStatement> UncitedStatements() =>
        PlainTextStatements.Find(Body.OfType<RichTextBlock>().Select(b => (b.Key, b.Text.Html(_ => ""))));
}

/// <summary>A library article as one clinic shows it: the clinic's URL segment, introduction, CTA and search settings.</summary>
public sealed partial record ClinicArticle(
    Guid Key,
    string Name,
    string Slug,
    Guid? ArticleKey,
    string IntroOverride,
    CallToAction? CallToAction,
    Seo Seo,
    bool IsPublished,
    int SortOrder);

public sealed partial record ClinicSite(
    Guid Key,
    string Name,
    string ClinicName,
    string Tagline,
    string Phone,
    string Email,
    string Address,
    string City,
    string BookingUrl,
    string BrandColor,
    string CanonicalStrategy,
    Seo Seo,
    CallToAction? DefaultCallToAction,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<ClinicArticle> Articles,
    bool IsPublished,
    int SortOrder)
{
    /// <summary>The treatment, contact, legal and team pages under the clinic site, in content-tree order.</summary>
    public IReadOnlyList<PatientPage> Pages { get; init; } = [];

    /// <summary>The home page hero's one-line promise and the text under it (<c>clinicKitHomePageComposition</c>).</summary>
    public string HeroPromise { get; init; } = "";

    public string HeroText { get; init; } = "";

    /// <summary>The header's logo and the home page's hero picture; null when not picked or not resolved.</summary>
    public MediaImage? Logo { get; init; }

    public MediaImage? Hero { get; init; }
}
