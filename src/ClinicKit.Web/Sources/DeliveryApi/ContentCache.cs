using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>What the head knows from Umbraco, on HybridCache (memory, then the Redis several heads share): a <b>fresh</b> entry
/// per answer, tagged so a webhook can make it stale, and beside it the <b>last good</b> copy, which no tag touches and which
/// stands in for <c>StaleSeconds</c> while Umbraco fails.</summary>
/// <remarks>HybridCache runs one fetch per key however many requests miss it at once (stampede protection), and tag
/// invalidation reaches Redis, so a head that starts later does not take an invalidated entry for fresh.</remarks>
internal sealed class ContentCache
{
    private const string FreshPrefix = "fresh:";
    private const string GoodPrefix = "good:";

    private readonly HybridCache _cache;
    private readonly TimeProvider _time;
    private readonly bool _keepsFresh;
    private readonly HybridCacheEntryOptions _fresh;
    private readonly HybridCacheEntryOptions _good;

    /// <summary>Reads without writing: a miss is not stored.</summary>
    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public ContentCache(HybridCache cache, IOptions<DeliveryApiOptions> options, TimeProvider time)
    {
        _cache = cache;
        _time = time;
        var fresh = TimeSpan.FromSeconds(options.Value.FreshSeconds);
        var stale = TimeSpan.FromSeconds(Math.Max(1, options.Value.StaleSeconds));
        _keepsFresh = fresh > TimeSpan.Zero;
        _fresh = _keepsFresh
            ? new HybridCacheEntryOptions { Expiration = fresh, LocalCacheExpiration = fresh }
            : new HybridCacheEntryOptions { Flags = HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableDistributedCache };
        _good = new HybridCacheEntryOptions { Expiration = stale, LocalCacheExpiration = stale };
    }

    /// <summary>The fresh entry, or (once, however many ask at the same moment) what <paramref name="fetch"/> brings: the entry
    /// itself and every other entry the same answer holds (items expanded inside it), each stored fresh and as last good.</summary>
    public async Task<CachedEntry> GetOrFetchAsync(string key, Func<Task<IEnumerable<KeyValuePair<string, byte[]>>>> fetch) =>
        await _cache.GetOrCreateAsync(
            FreshPrefix + key,
            (Cache: this, Key: key, Fetch: fetch),
            static async (state, _) => await state.Cache.StoreAsync(state.Key, await state.Fetch()),
            _fresh,
            EntryKeys.TagsOf(key));

    /// <summary>The fresh entry, or null; never fetches.</summary>
    public async Task<CachedEntry?> GetFreshAsync(string key) =>
        _keepsFresh ? await _cache.GetOrCreateAsync<CachedEntry?>(FreshPrefix + key, static _ => ValueTask.FromResult<CachedEntry?>(null), ReadOnly) : null;

    /// <summary>The last good copy (fresh or not), or null when none is younger than <c>StaleSeconds</c>.</summary>
    public async Task<CachedEntry?> GetLastGoodAsync(string key) =>
        await _cache.GetOrCreateAsync<CachedEntry?>(GoodPrefix + key, static _ => ValueTask.FromResult<CachedEntry?>(null), ReadOnly);

    /// <summary>Stores an entry, fresh and as the last good copy.</summary>
    public async Task<CachedEntry> PutAsync(string key, byte[] payload)
    {
        var entry = new CachedEntry(payload, _time.GetUtcNow().ToUnixTimeMilliseconds());
        await _cache.SetAsync(GoodPrefix + key, entry, _good);
        if (_keepsFresh)
        {
            await _cache.SetAsync(FreshPrefix + key, entry, _fresh, EntryKeys.TagsOf(key));
        }

        return entry;
    }

    /// <summary>Makes the fresh entries with these tags stale; their last good copies stay as stand-ins.</summary>
    public ValueTask MarkStaleAsync(IEnumerable<string> tags) => _cache.RemoveByTagAsync(tags);

    /// <summary>Stores every entry of an answer except <paramref name="key"/> (which HybridCache stores as it returns it).</summary>
    private async Task<CachedEntry> StoreAsync(string key, IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        CachedEntry? own = null;
        var writes = new List<Task>();
        foreach (var (name, payload) in entries)
        {
            if (name == key)
            {
                own = new CachedEntry(payload, _time.GetUtcNow().ToUnixTimeMilliseconds());
                writes.Add(_cache.SetAsync(GoodPrefix + key, own, _good).AsTask());
            }
            else
            {
                writes.Add(PutAsync(name, payload));
            }
        }

        await Task.WhenAll(writes);
        return own ?? throw new InvalidOperationException($"the answer for {key} did not include it");
    }
}
