using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>One cached answer from Umbraco: a content item's JSON (empty when Umbraco says it is not there), a clinic's list
/// of children, the list of clinics, or the root a Start-Item names; and when it was fetched.</summary>
/// <remarks>Immutable, so HybridCache keeps the instance itself in memory (no copy per read) and what it was mapped to is
/// computed once per head.</remarks>
[ImmutableObject(true)]
internal sealed class CachedEntry(byte[] payload, long fetchedAtMs)
{
    private ConcurrentDictionary<Type, object>? _mapped;

    /// <summary>UTF-8 JSON; empty means "absent" (a 404, or an item unpublished by a webhook).</summary>
    public byte[] Payload { get; } = payload;

    /// <summary>Unix milliseconds: how old a stand-in is.</summary>
    public long FetchedAtMs { get; } = fetchedAtMs;

    public bool IsAbsent => Payload.Length == 0;

    /// <summary>The entry mapped to a <typeparamref name="T"/>, computed once (a race computes it twice, harmlessly).</summary>
    public T Mapped<T>(Func<CachedEntry, T> map) where T : class
    {
        var mapped = _mapped ?? Interlocked.CompareExchange(ref _mapped, new ConcurrentDictionary<Type, object>(), null) ?? _mapped;
        return (T)mapped.GetOrAdd(typeof(T), _ => map(this));
    }

    /// <summary>How an entry travels to Redis: the fetch time, then the payload.</summary>
    internal sealed class Serializer : IHybridCacheSerializer<CachedEntry>
    {
        public CachedEntry Deserialize(ReadOnlySequence<byte> source)
        {
            var bytes = source.ToArray();
            return bytes.Length < sizeof(long)
                ? new CachedEntry([], 0)
                : new CachedEntry(bytes[sizeof(long)..], BinaryPrimitives.ReadInt64LittleEndian(bytes));
        }

        public void Serialize(CachedEntry value, IBufferWriter<byte> target)
        {
            var span = target.GetSpan(sizeof(long) + value.Payload.Length);
            BinaryPrimitives.WriteInt64LittleEndian(span, value.FetchedAtMs);
            value.Payload.CopyTo(span[sizeof(long)..]);
            target.Advance(sizeof(long) + value.Payload.Length);
        }
    }
}

/// <summary>The names of cached entries, and the tags a webhook invalidates them by.</summary>
internal static class EntryKeys
{
    /// <summary>Every clinic root, in content-tree order.</summary>
    public const string Clinics = "clinics";

    public static string Item(Guid key) => $"item:{key:N}";

    /// <summary>A clinic's children (clinic articles), in content-tree order.</summary>
    public static string Children(Guid root) => $"children:{root:N}";

    /// <summary>The root a Start-Item header value (URL segment or GUID) names.</summary>
    public static string Root(string startItem) => "root:" + startItem.Trim().ToLowerInvariant();

    /// <summary>Every Start-Item lookup (a clinic root republished or renamed may change what each names).</summary>
    public const string RootsTag = "roots";

    /// <summary>Every fresh entry (a publish the head cannot place makes them all stale; the last good copies stay).</summary>
    public const string FreshTag = "fresh";

    /// <summary>The tag of a fresh entry: its own name, and the family it belongs to.</summary>
    public static string[] TagsOf(string key) => key.StartsWith("root:", StringComparison.Ordinal) ? [FreshTag, key, RootsTag] : [FreshTag, key];
}
