using ClinicKit.Content.Library;
using ClinicKit.Web.Availability;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Sites;

/// <summary>Picks the clinic from the host name. An unknown host gets a bare 404 that names no clinic and links nowhere,
/// so probing host names reveals nothing about which clinics this server hosts.
/// A host name whose clinic has no content that passed validation (see <see cref="ContentHealth"/>) gets the 503 page,
/// branded when the clinic is known: the clinic is "temporarily unavailable", not gone.</summary>
public sealed class ClinicResolutionMiddleware(RequestDelegate next, IContentSource source, ContentHealth health)
{
    public const string UnknownHostBody = "Not found";

    public async Task InvokeAsync(HttpContext context, SourceOutage outage)
    {
        var aborted = context.RequestAborted;
        var (clinic, stale) = await source.FindClinicByHostAsync(RequestHost(context.Request), outage, aborted);

        // Every answer below shows the clinic, so a stand-in clinic marks whatever this request answers.
        StaleResponses.Mark(context, stale);
        if (clinic is null && health.Current?.Served.IsWithheld(RequestHost(context.Request), out var withheld) == true)
        {
            if (withheld is not null)
            {
                context.Features.Set(new ClinicContext(withheld, new Labels(await source.GetDictionaryAsync(aborted))));
            }

            await ContentAvailabilityMiddleware.WriteUnavailableAsync(context);
            return;
        }

        if (clinic is null || !Publishing.IsServed(clinic))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(UnknownHostBody, aborted);
            return;
        }

        context.Features.Set(new ClinicContext(clinic, new Labels(await source.GetDictionaryAsync(aborted))));
        await next(context);
    }

    /// <summary>The Host header as sent. <see cref="HttpRequest.Host"/> decodes an <c>xn--</c> name to Unicode (but only when
    /// written in lower case), so hosts are compared in the ASCII form the header carries (see <see cref="ContentLibrary.HostOf"/>).</summary>
    public static string RequestHost(HttpRequest request) =>
        request.Headers.Host is { Count: > 0 } header && header.ToString() is { Length: > 0 } host ? host : request.Host.Value ?? "";
}
