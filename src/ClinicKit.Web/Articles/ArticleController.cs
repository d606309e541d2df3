using ClinicKit.Web.Caching;
using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace ClinicKit.Web.Articles;

public sealed class ArticleController(ArticlePageBuilder builder) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = "/articles/{slug}")]
    public async Task<IActionResult> Article(string slug, CancellationToken cancellationToken)
    {
        var context = ClinicContext.Of(HttpContext);
        var result = await builder.BuildAsync(context, slug, cancellationToken);
        if (result is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(SiteController.NotFoundView, ClinicPageFactory.NotFound(context));
        }

        PageCache.DependsOn(HttpContext, result.DependsOn);
        return View("~/Views/Pages/clinicKitClinicArticle.cshtml", result.Page);
    }
}
