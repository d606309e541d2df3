using System.Text.Json.Nodes;
using ClinicKit.Content.Library;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Team;

/// <summary>The team page: the page's own heading and summary, and the reviewers of everything the clinic serves.</summary>
public sealed class TeamPageBuilder(IContentSource source, PublicUrls urls)
{
    public async Task<(TeamPage Page, IReadOnlyList<Guid> DependsOn, Staleness? Stale)?> BuildAsync(ClinicContext context, string slug, SourceOutage outage, CancellationToken cancellationToken)
    {
        var clinic = context.Clinic;
        if (PatientPages.Find<TeamContent>(clinic, slug) is not { } team)
        {
            return null;
        }

        var keys = clinic.Articles.Select(a => a.ArticleKey).OfType<Guid>().Distinct().ToList();
        var articles = await source.GetArticlesAsync(keys, outage, cancellationToken);
        var served = Publishing.ServedArticles(clinic, articles.Value);
        Caching.PageCache.Shows(served.Select(p => p.Article));
        var reviewers = ReviewerProfiles.OfClinic(clinic, served.Select(p => p.Article));
        var views = reviewers.Select(r => ReviewerProfiles.View(clinic, r)).ToList();

        var url = urls.Absolute(clinic, PatientPages.PathOf(team));
        var description = team.Seo.MetaDescription.Length > 0 ? team.Seo.MetaDescription : team.Page.Summary.Length > 0 ? team.Page.Summary : team.Heading;
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "AboutPage",
            ["name"] = team.Heading,
            ["description"] = description,
            ["inLanguage"] = "en-US",
        };
        if (url is not null)
        {
            data["url"] = url;
        }

        data["mainEntity"] = new JsonArray(views.Select(v => (JsonNode)ReviewerProfiles.Person(v, ReviewerProfiles.AbsoluteTeamUrl(urls, clinic, v))).ToArray());
        data["publisher"] = JsonLd.Clinic(clinic, null);
        var page = new TeamPage
        {
            Clinic = clinic,
            Labels = context.Labels,
            ClinicStylesheetUrl = ClinicPageFactory.StylesheetUrl(clinic),
            Head = new PageHead(PageTitles.For(team, clinic), description, url, team.Seo.NoIndex, "website", JsonLd.Serialize(data)),
            Title = team.Heading,
            Summary = team.Page.Summary,
            Breadcrumbs = [new Crumb(clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name, PublicUrls.Home), new Crumb(team.Heading, null)],
            Reviewers = views,
        };

        // The reviewers are read through the articles that pick them, so editing a reviewer, or which articles the clinic
        // shows, changes this page.
        var dependsOn = served.SelectMany(p => new[] { p.ClinicArticle.Key, p.Article.Key })
            .Concat(clinic.Articles.Select(a => a.Key)).Concat(reviewers.Select(r => r.Key))
            .Concat(reviewers.Select(r => r.Photo).OfType<MediaImage>().Select(p => p.Key)).Append(team.Key).Append(clinic.Key).Distinct().ToList();
        return (page, dependsOn, articles.Stale);
    }
}
