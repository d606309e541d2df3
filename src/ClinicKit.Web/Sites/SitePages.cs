using ClinicKit.Content.Library;
using ClinicKit.Web.Images;
using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Sites;

public enum SitePageKind
{
    Home,
    Article,
    Treatment,
    Contact,
    Legal,
    Team,
    Sitemap,
    Robots,
    ClinicStylesheet,
    NotFound,
    Asset,

    /// <summary>A rendition of a picture the clinic's pages show (<see cref="ResponsiveImages"/>); its content key is
    /// the media item's.</summary>
    Image,
}

/// <summary>One path of a clinic's site and the status it answers with (the 404 page answers 404, on purpose).</summary>
public sealed record SitePage(string Path, SitePageKind Kind, int ExpectedStatus, Guid? ContentKey = null);

/// <summary>A served clinic, the host name to request its pages with, and every path of its site.</summary>
public sealed record ClinicSitePages(ClinicSite Clinic, string Host, IReadOnlyList<SitePage> Pages);

/// <summary>Lists every page the head serves for each clinic, so a static exporter can request them all (for example over
/// TestServer with the clinic's host name) and write each response to <see cref="SitePage.Path"/>.</summary>
public sealed class SitePages(IContentSource source, SiteAssets assets, ResponsiveImages images)
{
    public async Task<IReadOnlyList<ClinicSitePages>> AllAsync(CancellationToken cancellationToken = default)
    {
        var sites = new List<ClinicSitePages>();
        foreach (var clinic in (await source.GetClinicsAsync(new SourceOutage(), cancellationToken)).Value)
        {
            if (Publishing.IsServed(clinic) && PublicUrls.HostOf(clinic) is { } host)
            {
                sites.Add(new ClinicSitePages(clinic, host, await ForClinicAsync(clinic, cancellationToken)));
            }
        }

        return sites;
    }

    public async Task<IReadOnlyList<SitePage>> ForClinicAsync(ClinicSite clinic, CancellationToken cancellationToken = default)
    {
        var keys = clinic.Articles.Select(a => a.ArticleKey).OfType<Guid>().Distinct().ToList();
        var served = Publishing.ServedArticles(clinic, (await source.GetArticlesAsync(keys, new SourceOutage(), cancellationToken)).Value);
        var pages = new List<SitePage> { new(PublicUrls.Home, SitePageKind.Home, 200, clinic.Key) };
        pages.AddRange(served.Select(p => new SitePage(PublicUrls.ArticlePath(p.ClinicArticle), SitePageKind.Article, 200, p.ClinicArticle.Key)));
        pages.AddRange(Navigation.PatientPages.Served(clinic).Select(p => new SitePage(Navigation.PatientPages.PathOf(p), p switch
        {
            TreatmentContent => SitePageKind.Treatment,
            ContactContent => SitePageKind.Contact,
            TeamContent => SitePageKind.Team,
            _ => SitePageKind.Legal,
        }, 200, p.Key)));
        pages.Add(new SitePage(PublicUrls.Sitemap, SitePageKind.Sitemap, 200));
        pages.Add(new SitePage(PublicUrls.Robots, SitePageKind.Robots, 200));
        pages.Add(new SitePage(PublicUrls.ClinicStylesheet, SitePageKind.ClinicStylesheet, 200));
        pages.Add(new SitePage(PublicUrls.NotFound, SitePageKind.NotFound, 404));
        pages.AddRange(assets.Paths.Select(p => new SitePage(p, SitePageKind.Asset, 200)));
        pages.AddRange(ImagesOf(clinic, served.Select(p => p.Article)));
        return pages;
    }

    /// <summary>Every rendition of every picture the clinic's pages can show, in each place it can be shown (the srcset widths
    /// of its slots, its link-preview PNG, and the icon sizes of the logo): what the export writes to /images/. A picture a
    /// page shows in a new place needs that place's slot here, or the export's link check reports the missing files.</summary>
    private IEnumerable<SitePage> ImagesOf(ClinicSite clinic, IEnumerable<Article> articles)
    {
        var pictures = new (MediaImage? Image, ImageSlot[] Slots, bool Icons)[]
            {
                (clinic.Logo, [ImageSlot.Logo], true),
                (clinic.Hero, [ImageSlot.Hero], false),
            }
            .Concat(articles.Select(a => (a.Image, Slots: new[] { ImageSlot.ArticleLead, ImageSlot.Card, ImageSlot.Thumbnail }, Icons: false)))
            .Concat(Team.ReviewerProfiles.TeamPage(clinic) is null ? []
                : Team.ReviewerProfiles.OfClinic(clinic, articles).Select(r => (Image: r.Photo, Slots: new[] { ImageSlot.Portrait }, Icons: false)));
        return pictures
            .SelectMany(p => p.Image is null ? [] : images.PathsOf(p.Image, p.Slots, p.Icons).Select(path => new SitePage(path, SitePageKind.Image, 200, p.Image.Key)))
            .DistinctBy(p => p.Path);
    }
}
