using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Library;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Security;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources;
using Microsoft.AspNetCore.Html;

namespace ClinicKit.Web.Articles;

/// <summary>A library article as one clinic shows it: the clinic's introduction and CTA, the article's body with numbered
/// references, who reviewed it, and the head metadata that makes it findable and trustworthy.</summary>
public sealed class ArticlePageBuilder(IContentSource source, PublicUrls urls, TimeProvider time)
{
    public sealed record Result(ArticlePage Page, IReadOnlyList<Guid> DependsOn, Staleness? Stale);

    /// <summary>The page for a URL segment, or null when this clinic does not serve one there.</summary>
    public async Task<Result?> BuildAsync(ClinicContext context, string slug, SourceOutage outage, CancellationToken cancellationToken)
    {
        var clinic = context.Clinic;
        var clinicArticle = Publishing.FindBySlug(clinic, slug);
        if (clinicArticle?.ArticleKey is not { } articleKey
            || await source.GetArticleAsync(articleKey, outage, cancellationToken) is not { Value: { IsPublished: true } article } read)
        {
            return null;
        }

        Caching.PageCache.Shows([article]);
        var claims = article.Claims.ToList();
        var (citations, citationsStale) = await source.GetCitationsAsync(ReferenceNumbering.CitedKeys(claims), outage, cancellationToken);
        var numbering = ReferenceNumbering.For(claims, citations);
        var labels = context.Labels;
        var references = numbering.References.Select(r => Reference(r, labels)).ToList();
        var intro = FirstOf(clinicArticle.IntroOverride, article.Summary);
        var title = FirstOf(article.Title, article.Name);
        var review = Review(clinic, article, labels);
        var (clinics, clinicsStale) = clinic.CanonicalStrategy == Content.Schema.Choices.CanonicalPrimary
            ? await source.GetClinicsAsync(outage, cancellationToken)
            : Sourced.Current<IReadOnlyList<ClinicSite>>([clinic]);
        var canonical = CanonicalUrls.ForArticle(clinic, clinicArticle, clinics, urls);
        var selfUrl = urls.Absolute(clinic, PublicUrls.ArticlePath(clinicArticle));
        var description = FirstOf(clinicArticle.Seo.MetaDescription, article.Seo.MetaDescription, intro);

        // One call to action per page: the clinic article's or the article's own override takes the place of the body's CTA
        // block, where the author put it; a body without one ends with the override or the clinic's default.
        var firstCta = article.Body.OfType<CtaBlock>().FirstOrDefault();
        var (candidates, relatedStale) = article.Topics.Count == 0
            ? Sourced.Current<IReadOnlyList<Article>>([])
            : await source.GetArticlesAsync(clinic.Articles.Select(a => a.ArticleKey).OfType<Guid>().Distinct().ToList(), outage, cancellationToken);
        var related = article.Topics.Count == 0 ? [] : RelatedArticles.For(article, Publishing.ServedArticles(clinic, candidates));
        var chosenCta = clinicArticle.CallToAction ?? article.CallToAction;
        var page = new ArticlePage
        {
            Clinic = clinic,
            Labels = labels,
            ClinicStylesheetUrl = ClinicPageFactory.StylesheetUrl(clinic),
            Head = new PageHead(
                PageTitle(clinicArticle, article, title, clinic),
                description,
                canonical,
                clinicArticle.Seo.NoIndex || article.Seo.NoIndex,
                "article",
                JsonLd.Serialize(JsonLd.MedicalWebPage(clinic, title, description, selfUrl, review, references))),
            Title = title,
            Intro = intro,
            Blocks = article.Body.Select(b => Block(b == firstCta && chosenCta is not null ? new CtaBlock(chosenCta) : b, numbering, clinic, labels))
                .OfType<BlockView>().ToList(),
            References = references,
            Review = review,
            CallToAction = firstCta is null ? CtaBuilder.Build(chosenCta ?? clinic.DefaultCallToAction, clinic, labels) : null,
            Topics = article.Topics,
            Related = related.Select(RelatedArticles.Teaser).ToList(),
            Image = article.Image,
        };
        var dependsOn = new List<Guid> { clinic.Key, clinicArticle.Key, article.Key };
        dependsOn.AddRange(ReferenceNumbering.CitedKeys(claims));
        if (article.Reviewer is { } reviewer)
        {
            dependsOn.Add(reviewer.Key);
        }

        dependsOn.AddRange(related.SelectMany(p => new[] { p.ClinicArticle.Key, p.Article.Key }));
        dependsOn.AddRange(related.Select(p => p.Article.Image).Prepend(article.Image).OfType<MediaImage>().Select(i => i.Key));
        if (clinics.Count > 1)
        {
            // The canonical URL depends on which other clinics show the article.
            dependsOn.AddRange(clinics.Select(c => c.Key));
        }

        return new Result(page, dependsOn, Staleness.Of(read.Stale, citationsStale, clinicsStale, relatedStale));
    }

    /// <summary>The clinic's own SEO title is used as written; a shared title gets the clinic's name so tabs and results tell
    /// clinics apart.</summary>
    public static string PageTitle(ClinicArticle clinicArticle, Article article, string title, ClinicSite clinic)
    {
        if (clinicArticle.Seo.MetaTitle.Length > 0)
        {
            return clinicArticle.Seo.MetaTitle;
        }

        var name = clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name;
        return $"{FirstOf(article.Seo.MetaTitle, title)} | {name}";
    }

    private ReviewView Review(ClinicSite clinic, Article article, Labels labels)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var reviewer = article.Reviewer is { } picked ? Team.ReviewerProfiles.View(clinic, picked) : null;
        return new ReviewView(
            reviewer,
            article.Review.LastReviewed,
            article.Review.NextReviewDue,
            article.Review.NextReviewDue is { } due && due < today,
            labels,
            reviewer is null ? null : Team.ReviewerProfiles.AbsoluteTeamUrl(urls, clinic, reviewer));
    }

    internal static BlockView? Block(ArticleBlock block, ReferenceNumbering numbering, ClinicSite clinic, Labels labels) => block switch
    {
        RichTextBlock rich => new BlockView(
            DocumentTypes.RichTextBlock.Alias, new RichTextView(new HtmlString(RichTextSanitizer.Sanitize(LocalLinks.Resolve(rich.Text, clinic))))),
        ClaimBlock { Claim: var claim } => new BlockView(DocumentTypes.ClaimBlock.Alias, Claim(claim, numbering, labels)),
        SafetyBlock safety => new BlockView(DocumentTypes.SafetyBlock.Alias, new SafetyView(
            safety.Heading.Length > 0 ? safety.Heading : "Important safety information",
            SafetySections
                .Select(s => new SafetySectionView(s.Title, safety.PointsIn(s.Alias).Select(p => Claim(p, numbering, labels)).ToList()))
                .Where(s => s.Points.Count > 0)
                .ToList())),
        CtaBlock cta => new BlockView(DocumentTypes.CtaBlock.Alias, CtaBuilder.Build(cta.Cta, clinic, labels)),
        _ => null,
    };

    private static readonly (string Alias, string Title)[] SafetySections =
    [
        (Props.WhoShouldNotHaveIt, "Who should not have it"),
        (Props.Risks, "Risks and side effects"),
        (Props.Monitoring, "Monitoring to expect"),
    ];

    private static ClaimView Claim(Claim claim, ReferenceNumbering numbering, Labels labels) => new(
        claim.Number,
        claim.Statement,
        claim.Qualifier,
        claim.ClaimType,
        claim.EvidenceStrength,
        numbering.ClaimReferences.GetValueOrDefault(claim.Number) ?? [],
        labels);

    internal static ReferenceView Reference(ReferenceNumbering.Numbered numbered, Labels labels)
    {
        var c = numbered.Citation;
        var doi = c.Doi.Trim();
        var pmid = c.Pmid.Trim();
        return new ReferenceView(
            numbered.Number,
            c,
            doi.Length > 0 ? "https://doi.org/" + EscapeDoi(doi) : null,
            pmid.Length > 0 && pmid.All(char.IsAsciiDigit) ? $"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" : null,
            SafeUrl.Clean(c.Url) is { } url && SafeUrl.IsExternal(url) ? url : null,
            numbered.CitedByClaims,
            labels);
    }

    /// <summary>DOIs may hold characters that end a URL path ('#', '?', '%', spaces); those are escaped, as doi.org asks,
    /// and the rest (parentheses, semicolons) stay readable.</summary>
    public static string EscapeDoi(string doi)
    {
        var escaped = new System.Text.StringBuilder(doi.Length);
        foreach (var c in doi)
        {
            if (c is '#' or '?' or '%' or '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}' || char.IsWhiteSpace(c) || char.IsControl(c) || c > '~')
            {
                escaped.Append(Uri.EscapeDataString(c.ToString()));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static string FirstOf(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";
}
