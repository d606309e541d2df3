using ClinicKit.Web.Availability;
using ClinicKit.Web.Caching;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sources;
using Microsoft.AspNetCore.Mvc;

namespace ClinicKit.Web.Sites;

/// <summary>A clinic's home page, its 404, and the files search engines and browsers ask every site for.</summary>
public sealed class SiteController(HomePageBuilder home, SitemapBuilder sitemap) : Controller
{
    public const string NotFoundView = "~/Views/Pages/notFound.cshtml";

    [AcceptVerbs("GET", "HEAD", Route = PublicUrls.Home)]
    public async Task<IActionResult> Home([FromServices] SourceOutage outage, CancellationToken cancellationToken)
    {
        var (page, dependsOn, stale) = await home.BuildAsync(ClinicContext.Of(HttpContext), outage, cancellationToken);
        StaleResponses.Mark(HttpContext, stale);
        PageCache.DependsOn(HttpContext, dependsOn);
        return View("~/Views/Pages/clinicKitClinicSite.cshtml", page);
    }

    [AcceptVerbs("GET", "HEAD", Route = PublicUrls.Sitemap)]
    public async Task<IActionResult> Sitemap([FromServices] SourceOutage outage, CancellationToken cancellationToken)
    {
        var context = ClinicContext.Of(HttpContext);
        var (xml, dependsOn, stale) = await sitemap.BuildAsync(context.Clinic, outage, cancellationToken);
        StaleResponses.Mark(HttpContext, stale);
        PageCache.DependsOn(HttpContext, dependsOn);
        return Content(xml, "application/xml; charset=utf-8");
    }

    [AcceptVerbs("GET", "HEAD", Route = PublicUrls.Robots)]
    public IActionResult Robots([FromServices] PublicUrls urls)
    {
        var clinic = ClinicContext.Of(HttpContext).Clinic;
        PageCache.DependsOn(HttpContext, clinic.Key);
        var sitemapUrl = urls.Absolute(clinic, PublicUrls.Sitemap);
        var text = "User-agent: *\nAllow: /\n" + (sitemapUrl is null ? "" : $"\nSitemap: {sitemapUrl}\n");
        return Content(text, "text/plain; charset=utf-8");
    }

    /// <summary>The brand colour as CSS custom properties: a stylesheet, so the pages need no inline style and the
    /// Content-Security-Policy can stay <c>style-src 'self'</c>.</summary>
    [AcceptVerbs("GET", "HEAD", Route = PublicUrls.ClinicStylesheet)]
    public IActionResult ClinicStylesheet()
    {
        var clinic = ClinicContext.Of(HttpContext).Clinic;
        PageCache.DependsOn(HttpContext, clinic.Key);
        Response.Headers.CacheControl = "public, max-age=300";
        return Content(BrandColours.Stylesheet(BrandColours.For(clinic.BrandColor)), "text/css; charset=utf-8");
    }

    /// <summary>Any path the clinic has no page for: the clinic's own 404, with its layout and dictionary text.</summary>
    public IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(NotFoundView, ClinicPageFactory.NotFound(ClinicContext.Of(HttpContext)));
    }
}
