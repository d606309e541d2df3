using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Availability;

/// <summary>A response built from a stand-in says why in <c>X-ClinicKit-Stale</c> and stays out of the page cache (and,
/// through its no-store, out of CDNs), so the first request after Umbraco recovers renders the current content.</summary>
public static class StaleResponses
{
    public const string Header = "X-ClinicKit-Stale";

    public static void Mark(HttpContext context, Staleness? stale)
    {
        if (stale is null)
        {
            return;
        }

        context.Response.Headers[Header] = stale.Reason;
        context.Features.Get<Caching.PageCapture>()?.DoNotStore("stale: " + stale.Reason);
    }
}
