using ClinicKit.Web.Availability;
using ClinicKit.Web.Caching;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources;
using Microsoft.AspNetCore.Mvc;

namespace ClinicKit.Web.Articles;

public sealed class ArticleController(ArticlePageBuilder builder) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = "/articles/{slug}")]
    public async Task<IActionResult> Article(string slug, [FromServices] SourceOutage outage, CancellationToken cancellationToken)
    {
        var context = ClinicContext.Of(HttpContext);
        var result = await builder.BuildAsync(context, slug, outage, cancellationToken);
        if (result is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(SiteController.NotFoundView, ClinicPageFactory.NotFound(context));
        }

        StaleResponses.Mark(HttpContext, result.Stale);
        PageCache.DependsOn(HttpContext, result.DependsOn);
        return View("~/Views/Pages/clinicKitClinicArticle.cshtml", result.Page);
    }
}
