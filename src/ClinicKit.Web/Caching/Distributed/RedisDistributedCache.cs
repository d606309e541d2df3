using System.Buffers.Binary;
using Microsoft.Extensions.Caching.Distributed;

namespace ClinicKit.Web.Caching.Distributed;

/// <summary><see cref="IDistributedCache"/> on <see cref="RespClient"/>: the cache several heads share.</summary>
/// <remarks>
/// Where Microsoft.Extensions.Caching.StackExchangeRedis restores, it can replace this class (register its
/// <c>AddStackExchangeRedisCache</c> instead); this one exists only because that package cannot be restored here.
/// Values are stored as bulk strings behind a 17-byte header (version, sliding and absolute expiry in milliseconds), so any
/// bytes round-trip. Absolute expiry is Redis's own PX; sliding expiry is renewed with PEXPIRE on every read and refresh,
/// never past the absolute expiry.
/// </remarks>
public sealed class RedisDistributedCache(RespClient client, string keyPrefix, TimeProvider time) : IDistributedCache
{
    private const byte Version = 1;
    private const int HeaderLength = 17;

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var stored = await client.GetAsync(keyPrefix + key, token);
        if (stored is null || stored.Length < HeaderLength || stored[0] != Version)
        {
            return null;
        }

        await RenewAsync(key, stored, token);
        return stored[HeaderLength..];
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var now = time.GetUtcNow();
        var absolute = options.AbsoluteExpiration
            ?? (options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : null);
        if (absolute <= now)
        {
            // Already expired: as Microsoft's implementations do, refuse rather than store something nobody can read.
            throw new ArgumentOutOfRangeException(nameof(options), "the absolute expiration is in the past");
        }

        var sliding = (long)(options.SlidingExpiration?.TotalMilliseconds ?? 0);
        var absoluteMs = absolute?.ToUnixTimeMilliseconds() ?? 0;
        var stored = new byte[HeaderLength + value.Length];
        stored[0] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(stored.AsSpan(1), sliding);
        BinaryPrimitives.WriteInt64LittleEndian(stored.AsSpan(9), absoluteMs);
        value.CopyTo(stored, HeaderLength);
        await client.SetAsync(keyPrefix + key, stored, Ttl(now, sliding, absoluteMs), token);
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        var stored = await client.GetAsync(keyPrefix + key, token);
        if (stored is { Length: >= HeaderLength } && stored[0] == Version)
        {
            await RenewAsync(key, stored, token);
        }
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public Task RemoveAsync(string key, CancellationToken token = default) => client.DeleteAsync(keyPrefix + key, token);

    private async Task RenewAsync(string key, byte[] stored, CancellationToken token)
    {
        var sliding = BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(1));
        if (sliding > 0 && Ttl(time.GetUtcNow(), sliding, BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(9))) is { } ttl)
        {
            await client.ExpireAsync(keyPrefix + key, ttl, token);
        }
    }

    /// <summary>Milliseconds to live: the sliding window, cut short by the absolute expiry; null for no expiry.</summary>
    private static long? Ttl(DateTimeOffset now, long slidingMs, long absoluteMs)
    {
        long? untilAbsolute = absoluteMs > 0 ? Math.Max(1, absoluteMs - now.ToUnixTimeMilliseconds()) : null;
        return slidingMs > 0
            ? untilAbsolute is { } a ? Math.Min(slidingMs, a) : slidingMs
            : untilAbsolute;
    }
}
