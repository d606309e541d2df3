using ClinicKit.Content.Library;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Sites;

/// <summary>Picks the clinic from the host name. An unknown host gets a bare 404 that names no clinic and links nowhere,
/// so probing host names reveals nothing about which clinics this server hosts.</summary>
public sealed class ClinicResolutionMiddleware(RequestDelegate next, IContentSource source)
{
    public const string UnknownHostBody = "Not found";

    public async Task InvokeAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        var clinic = await source.FindClinicByHostAsync(RequestHost(context.Request), aborted);
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
