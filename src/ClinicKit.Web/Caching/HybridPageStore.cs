using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Hybrid;

namespace ClinicKit.Web.Caching;

/// <summary>The output cache's store on HybridCache: rendered pages in memory and, when heads share a Redis, in Redis too,
/// so a page one head rendered is served by all of them; tags evict on every level.</summary>
internal sealed class HybridPageStore(HybridCache cache) : IOutputCacheStore
{
    private const string Prefix = "page:";

    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    /// <remarks>A miss may come back as an empty array rather than null; the output cache reads either as "not cached".</remarks>
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync<byte[]?>(CacheKey(key), static _ => ValueTask.FromResult<byte[]?>(null), ReadOnly, cancellationToken: cancellationToken)
            is { Length: > 0 } page ? page : null;

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        cache.SetAsync(CacheKey(key), value, new HybridCacheEntryOptions { Expiration = validFor, LocalCacheExpiration = validFor }, tags, cancellationToken);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => cache.RemoveByTagAsync(tag, cancellationToken);

    /// <summary>The output cache separates the parts of its keys with control characters, which HybridCache refuses in a
    /// key; they (and <c>%</c>, so no two keys meet) are written as <c>%XX</c>.</summary>
    internal static string CacheKey(string key)
    {
        if (!key.AsSpan().ContainsAnyInRange('\0', '\x1f') && !key.Contains('%', StringComparison.Ordinal) && !key.Contains('\x7f', StringComparison.Ordinal))
        {
            return Prefix + key;
        }

        var escaped = new System.Text.StringBuilder(Prefix, Prefix.Length + key.Length + 16);
        foreach (var c in key)
        {
            if (c < ' ' || c == '%' || c == '\x7f')
            {
                escaped.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
