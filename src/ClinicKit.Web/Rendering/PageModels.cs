using ClinicKit.Content.Library;
using Microsoft.AspNetCore.Html;

namespace ClinicKit.Web.Rendering;

/// <summary>What the <c>&lt;head&gt;</c> says about a page to browsers, search engines and link previews.</summary>
public sealed record PageHead(string Title, string Description, string? Canonical, bool NoIndex, string OgType, string? JsonLd);

/// <summary>Everything the clinic layout needs: every page of a clinic is one of these.</summary>
public abstract class ClinicPage
{
    public required ClinicSite Clinic { get; init; }

    public required Labels Labels { get; init; }

    public required PageHead Head { get; init; }

    /// <summary>The per-clinic stylesheet, versioned by colour so browsers refetch it when the brand changes.</summary>
    public required string ClinicStylesheetUrl { get; init; }

    public string ClinicName => Clinic.ClinicName.Length > 0 ? Clinic.ClinicName : Clinic.Name;

    public string? TelHref => Security.SafeUrl.Tel(Clinic.Phone);

    /// <summary>The picture a link preview shows (og:image): the page's own, else the clinic's hero, else its logo.</summary>
    public virtual MediaImage? ShareImage => Clinic.Hero ?? Clinic.Logo;
}

public sealed class HomePage : ClinicPage
{
    public required IReadOnlyList<ArticleTeaser> Articles { get; init; }

    public CtaView? CallToAction { get; init; }

    /// <summary>The hero: the clinic's one-line promise (its tagline when it has none) and the text under it.</summary>
    public string HeroPromise { get; init; } = "";

    public string HeroText { get; init; } = "";

    public IReadOnlyList<ArticleTeaser> Treatments { get; init; } = [];

    /// <summary>Who reviews the clinic's medical content, with credentials, from the reviewed pages it serves.</summary>
    public IReadOnlyList<Team.ReviewerView> Reviewers { get; init; } = [];

    public int SourceCount { get; init; }

    public Navigation.HomeLocation? Location { get; init; }
}


/// <param name="Image">The article's picture, shown on its card; null for a card without one (and for treatments).</param>
public sealed record ArticleTeaser(string Title, string Summary, string Url, MediaImage? Image = null);

/// <summary>A teaser as a card (Views/Partials/articleCard.cshtml), its picture shown in this slot.</summary>
public sealed record ArticleCard(ArticleTeaser Teaser, Images.ImageSlot Slot);

public sealed class ArticlePage : ClinicPage
{
    public required string Title { get; init; }

    /// <summary>The clinic's introduction, or the library summary when the clinic has none.</summary>
    public required string Intro { get; init; }

    public required IReadOnlyList<BlockView> Blocks { get; init; }

    public required IReadOnlyList<ReferenceView> References { get; init; }

    public required ReviewView Review { get; init; }

    public CtaView? CallToAction { get; init; }

    /// <summary>The topics editors gave the article, shown under it, and the clinic's articles that share them.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<ArticleTeaser> Related { get; init; } = [];

    /// <summary>The article's picture, under its title; null when the article picks none.</summary>
    public MediaImage? Image { get; init; }

    public override MediaImage? ShareImage => Image ?? base.ShareImage;
}

public sealed class NotFoundPage : ClinicPage;

/// <summary>One body block and the partial that renders it (<c>Views/Partials/blocks/&lt;alias&gt;.cshtml</c>).</summary>
public sealed record BlockView(string Alias, object Model);

public sealed record RichTextView(IHtmlContent Html);

public sealed record ClaimView(
    int Number,
    string Statement,
    string Qualifier,
    string ClaimType,
    string EvidenceStrength,
    IReadOnlyList<int> References,
    Labels Labels)
{
    public string Id => $"claim-{Number}";
}

/// <summary>Important safety information: shown in full, every point a cited claim.</summary>
public sealed record SafetyView(string Heading, IReadOnlyList<SafetySectionView> Sections);

public sealed record SafetySectionView(string Title, IReadOnlyList<ClaimView> Points);

public sealed record CtaView(
    string Heading,
    IReadOnlyList<CtaText> Body,
    string ButtonLabel,
    string? ButtonHref,
    bool ButtonIsExternal,
    string Phone,
    string? TelHref,
    bool Subtle,
    Labels Labels);

/// <summary>A piece of a call to action's text; with <see cref="Href"/>, a link (the clinic's booking page).</summary>
public sealed record CtaText(string Text, string? Href = null)
{
    public bool HrefIsExternal => Href is not null && Security.SafeUrl.IsExternal(Href);
}

/// <summary>A numbered entry of the references list, and the claims that cite it (for back-links).</summary>
public sealed record ReferenceView(
    int Number,
    Citation Citation,
    string? DoiUrl,
    string? PubMedUrl,
    string? Url,
    IReadOnlyList<int> CitedByClaims,
    Labels Labels)
{
    public string Id => $"ref-{Number}";

    /// <summary>The year in brackets, unless the publication line already says it ("Science News, May 4, 2016").</summary>
    public bool ShowYear => Citation.Year is { } year
        && !Citation.Publication.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>The review box: who reviewed the page (null when the pick does not resolve) and when.</summary>
/// <param name="PersonUrl">The reviewer's profile on the team page as an absolute URL, for schema.org; null without a public URL.</param>
public sealed record ReviewView(Team.ReviewerView? Reviewer, DateOnly? LastReviewed, DateOnly? NextReviewDue, bool Overdue, Labels Labels, string? PersonUrl = null);
