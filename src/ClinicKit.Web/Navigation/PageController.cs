using ClinicKit.Web.Caching;
using ClinicKit.Web.Contact;
using ClinicKit.Web.LegalPages;
using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace ClinicKit.Web.Navigation;

/// <summary>The pages at the top of a clinic's site (<c>/contact</c>, <c>/privacy</c>, <c>/our-team</c>): the contact page, a legal page or the team page,
/// whichever has that URL segment; the head's fixed paths (sitemap, robots, stylesheet) are literal routes and win.</summary>
public sealed class PageController(ContactPageBuilder contact, LegalPageBuilder legal, Team.TeamPageBuilder team) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = "/{slug}")]
    public async Task<IActionResult> Page(string slug, [FromServices] Sources.SourceOutage outage, CancellationToken cancellationToken)
    {
        var context = ClinicContext.Of(HttpContext);
        if (contact.Build(context, slug) is { } contactPage)
        {
            PageCache.DependsOn(HttpContext, contactPage.DependsOn);
            return View("~/Views/Pages/clinicKitContactPage.cshtml", contactPage.Page);
        }

        if (legal.Build(context, slug) is { } legalPage)
        {
            PageCache.DependsOn(HttpContext, legalPage.DependsOn);
            return View("~/Views/Pages/clinicKitLegalPage.cshtml", legalPage.Page);
        }

        if (await team.BuildAsync(context, slug, outage, cancellationToken) is { } teamPage)
        {
            Availability.StaleResponses.Mark(HttpContext, teamPage.Stale);
            PageCache.DependsOn(HttpContext, teamPage.DependsOn);
            return View("~/Views/Pages/clinicKitTeamPage.cshtml", teamPage.Page);
        }

        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(SiteController.NotFoundView, ClinicPageFactory.NotFound(context));
    }
}
