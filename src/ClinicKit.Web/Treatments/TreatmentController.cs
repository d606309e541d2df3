using ClinicKit.Web.Caching;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace ClinicKit.Web.Treatments;

public sealed class TreatmentController(TreatmentPageBuilder builder) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = PatientPages.TreatmentPrefix + "{slug}")]
    public async Task<IActionResult> Treatment(string slug, CancellationToken cancellationToken)
    {
        var context = ClinicContext.Of(HttpContext);
        if (await builder.BuildAsync(context, slug, cancellationToken) is not { } result)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(SiteController.NotFoundView, ClinicPageFactory.NotFound(context));
        }

        PageCache.DependsOn(HttpContext, result.DependsOn);
        return View("~/Views/Pages/clinicKitTreatmentPage.cshtml", result.Page);
    }
}
