using ClinicKit.Web.Sites;
using Microsoft.Net.Http.Headers;

namespace ClinicKit.Web.Caching;

/// <summary>Caching headers for responses the page cache does not keep, chosen so no cache holds on to them wrongly.</summary>
/// <remarks>
/// A page rendered from a stale copy (Umbraco failing) gets <c>no-store</c> and no validators: a CDN keeps serving the good
/// copy it has, and nothing pins the stand-in. A 404 (a clinic's, or an unknown host's) is kept briefly by a CDN only
/// (<see cref="HttpCachingOptions.NotFoundCacheControl"/>) and tagged with its clinic, so publishing a page at that path purges
/// it. A 5xx is <c>no-store</c> (the 503 page sets it itself, with <c>Retry-After</c>).
/// </remarks>
internal static class UncachedHeaders
{
    public static void Apply(HttpContext context, PageCapture capture, string notFoundCacheControl)
    {
        var headers = context.Response.Headers;
        headers.Remove(HeaderNames.ETag);
        headers.Remove(HeaderNames.LastModified);
        var status = context.Response.StatusCode;
        if (capture.NotStoredBecause is not null || status >= StatusCodes.Status500InternalServerError)
        {
            headers.CacheControl = "no-store";
            return;
        }

        if (status is StatusCodes.Status404NotFound or StatusCodes.Status410Gone)
        {
            if (headers.CacheControl.Count == 0)
            {
                headers.CacheControl = notFoundCacheControl;
            }

            var keys = capture.Keys.ToList();
            if (context.Features.Get<ClinicContext>() is { } clinic && !keys.Contains(clinic.Clinic.Key))
            {
                keys.Insert(0, clinic.Clinic.Key);
            }

            var surrogateKeys = SurrogateKeyHeaders.For(keys);
            headers[SurrogateKeyHeaders.SurrogateKey] = surrogateKeys;
            headers[SurrogateKeyHeaders.CacheTag] = surrogateKeys.Replace(' ', ',');
        }
    }
}
