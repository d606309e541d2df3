using ClinicKit.Web.Availability;
using ClinicKit.Web.Caching;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources;
using Microsoft.AspNetCore.Mvc;

namespace ClinicKit.Web.Treatments;

public sealed class TreatmentController(TreatmentPageBuilder builder) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = PatientPages.TreatmentPrefix + "{slug}")]
    public async Task<IActionResult> Treatment(string slug, [FromServices] SourceOutage outage, CancellationToken cancellationToken)
    {
        var context = ClinicContext.Of(HttpContext);
        if (await builder.BuildAsync(context, slug, outage, cancellationToken) is not { } result)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(SiteController.NotFoundView, ClinicPageFactory.NotFound(context));
        }

        StaleResponses.Mark(HttpContext, result.Stale);
        PageCache.DependsOn(HttpContext, result.DependsOn);
        return View("~/Views/Pages/clinicKitTreatmentPage.cshtml", result.Page);
    }
}
