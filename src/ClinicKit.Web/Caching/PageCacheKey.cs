using ClinicKit.Content.Library;
using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace ClinicKit.Web.Caching;

/// <summary>What a cached page is keyed on: the clinic's host, in the form clinics are looked up by, and the path. No page
/// reads the query string, so it is left out: <c>/?p=1</c> and <c>/?p=2</c> are one page and one cache entry, and a visitor
/// cannot make every request miss the cache (and render again) by adding one.</summary>
internal sealed class PageCacheKey : IOutputCachePolicy
{
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var rules = context.CacheVaryByRules;
        rules.QueryKeys = StringValues.Empty;
        rules.VaryByHost = false;
        rules.VaryByValues["host"] = ContentLibrary.HostOf(ClinicResolutionMiddleware.RequestHost(context.HttpContext.Request));
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
