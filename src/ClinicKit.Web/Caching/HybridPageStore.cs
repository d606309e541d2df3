using System.Buffers;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace ClinicKit.Web.Caching;

/// <summary>The page cache's store on HybridCache: rendered pages, with their compressed forms, in memory and, when heads share
/// a Redis, in Redis too, so a page one head rendered is served by all of them; tags evict on every level.</summary>
public sealed class HybridPageStore(HybridCache cache)
{
    private const string Prefix = "page:";

    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public ValueTask<CachedResponse?> GetAsync(string key, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync<CachedResponse?>(key, static _ => ValueTask.FromResult<CachedResponse?>(null), ReadOnly, cancellationToken: cancellationToken);

    public ValueTask SetAsync(string key, CachedResponse page, IEnumerable<string> tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        cache.SetAsync(key, page, new HybridCacheEntryOptions { Expiration = validFor, LocalCacheExpiration = validFor }, tags, cancellationToken);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => cache.RemoveByTagAsync(tag, cancellationToken);

    /// <summary>The store's key for a page: the content generation, the host as clinics are looked up by, and the path. Control
    /// characters (which HybridCache refuses in a key) and <c>%</c> (so no two keys meet) are written as <c>%XX</c>.</summary>
    public static string CacheKey(string generation, string host, string path)
    {
        var key = string.Concat(Prefix, generation, "|", host, "|", path);
        if (!key.AsSpan().ContainsAnyInRange('\0', '\x1f') && !key.Contains('%', StringComparison.Ordinal) && !key.Contains('\x7f', StringComparison.Ordinal))
        {
            return key;
        }

        var escaped = new StringBuilder(key.Length + 16);
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

    /// <summary>How a page travels to Redis: its header values, its date and its three forms.</summary>
    internal sealed class Serializer : IHybridCacheSerializer<CachedResponse>
    {
        private const byte Version = 1;

        public CachedResponse Deserialize(ReadOnlySequence<byte> source)
        {
            using var reader = new BinaryReader(new MemoryStream(source.ToArray()), Encoding.UTF8);
            if (reader.ReadByte() != Version)
            {
                throw new InvalidDataException("a cached page written by another version of the head");
            }

            var contentType = reader.ReadString();
            var cacheControl = reader.ReadString();
            var keys = reader.ReadString();
            var ticks = reader.ReadInt64();
            var identity = Bytes(reader)!;
            var forms = CompressedForms.Restore(identity, Bytes(reader), Bytes(reader));
            return new CachedResponse(contentType, cacheControl, forms, ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero), keys.Length == 0 ? null : keys);
        }

        public void Serialize(CachedResponse value, IBufferWriter<byte> target)
        {
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Version);
                writer.Write(value.ContentType);
                writer.Write(value.CacheControl);
                writer.Write(value.SurrogateKeys ?? "");
                writer.Write(value.LastModified?.UtcTicks ?? 0);
                Write(writer, value.Forms.Identity);
                Write(writer, value.Forms.Brotli);
                Write(writer, value.Forms.Gzip);
            }

            target.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }

        private static void Write(BinaryWriter writer, byte[]? bytes)
        {
            writer.Write(bytes?.Length ?? -1);
            if (bytes is not null)
            {
                writer.Write(bytes);
            }
        }

        private static byte[]? Bytes(BinaryReader reader)
        {
            var length = reader.ReadInt32();
            return length < 0 ? null : reader.ReadBytes(length);
        }
    }
}
