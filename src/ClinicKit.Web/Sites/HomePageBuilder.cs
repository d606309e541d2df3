using ClinicKit.Content.Library;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Sites;

/// <summary>The clinic's home page: its introduction, the library articles it shows, and its default call to action.</summary>
public sealed class HomePageBuilder(IContentSource source, PublicUrls urls)
{
    public async Task<(HomePage Page, IReadOnlyList<Guid> DependsOn, Staleness? Stale)> BuildAsync(ClinicContext context, SourceOutage outage, CancellationToken cancellationToken)
    {
        var clinic = context.Clinic;
        var keys = clinic.Articles.Select(a => a.ArticleKey).OfType<Guid>().Distinct().ToList();
        var articles = await source.GetArticlesAsync(keys, outage, cancellationToken);
        var served = Publishing.ServedArticles(clinic, articles.Value);
        Caching.PageCache.Shows(served.Select(p => p.Article));
        var name = clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name;
        var url = urls.Absolute(clinic, PublicUrls.Home);
        var description = FirstOf(clinic.Seo.MetaDescription, clinic.Tagline, name);
        var reviewers = Navigation.HomeSections.Reviewers(clinic, served.Select(p => p.Article));
        var page = new HomePage
        {
            Clinic = clinic,
            Labels = context.Labels,
            ClinicStylesheetUrl = ClinicPageFactory.StylesheetUrl(clinic),
            Head = new PageHead(
                FirstOf(clinic.Seo.MetaTitle, clinic.Tagline.Length > 0 ? $"{name} | {clinic.Tagline}" : name),
                description,
                url,
                clinic.Seo.NoIndex,
                "website",
                JsonLd.Serialize(JsonLd.ClinicPage(clinic, url, description))),
            Articles = served.Select(p => new ArticleTeaser(
                FirstOf(p.Article.Title, p.ClinicArticle.Name),
                FirstOf(p.ClinicArticle.IntroOverride, p.Article.Summary),
                PublicUrls.ArticlePath(p.ClinicArticle),
                p.Article.Image)).ToList(),
            CallToAction = CtaBuilder.Build(clinic.DefaultCallToAction, clinic, context.Labels),
            HeroPromise = FirstOf(clinic.HeroPromise, clinic.Tagline, name),
            HeroText = clinic.HeroText,
            Treatments = Navigation.HomeSections.Treatments(clinic),
            Reviewers = reviewers,
            SourceCount = served.SelectMany(p => p.Article.Claims).SelectMany(c => c.Citations).Select(c => c.Key).OfType<Guid>().Distinct().Count(),
            Location = Navigation.HomeSections.Location(clinic),
        };
        var dependsOn = served.SelectMany(p => new[] { p.ClinicArticle.Key, p.Article.Key })
            .Concat(clinic.Articles.Select(a => a.Key)).Concat(clinic.Pages.Select(p => p.Key))
            .Concat(Team.ReviewerProfiles.OfClinic(clinic, served.Select(p => p.Article)).Select(r => r.Key)).Append(clinic.Key)
            .Concat(served.Select(p => p.Article.Image).OfType<MediaImage>().Select(i => i.Key)).Distinct().ToList();
        return (page, dependsOn, articles.Stale);
    }

    private static string FirstOf(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";
}
