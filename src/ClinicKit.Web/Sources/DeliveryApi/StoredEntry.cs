using System.Buffers.Binary;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>One cached answer from Umbraco: a content item's JSON (empty when Umbraco says it is not there), a clinic's list
/// of children, the list of clinics, or the root a Start-Item names.</summary>
/// <param name="Payload">UTF-8 JSON; empty means "absent" (a 404, or an item unpublished by a webhook).</param>
/// <param name="Epoch">The invalidation epoch seen before the fetch began: an invalidation with a later epoch makes it stale,
/// however recently it was written (a fetch that raced a webhook must not pass old content off as new).</param>
/// <param name="FetchedAtMs">When it was fetched (Unix milliseconds): how fresh it is, and how long it may stand in.</param>
internal sealed record StoredEntry(byte[] Payload, long Epoch, long FetchedAtMs)
{
    private const byte Version = 1;
    private const int HeaderLength = 17;

    public bool IsAbsent => Payload.Length == 0;

    /// <summary>The bytes kept in the shared cache: a version byte, the epoch, the fetch time, then the payload.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderLength + Payload.Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(1), Epoch);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(9), FetchedAtMs);
        Payload.CopyTo(bytes, HeaderLength);
        return bytes;
    }

    public static StoredEntry? FromBytes(byte[]? bytes) =>
        bytes is { Length: >= HeaderLength } && bytes[0] == Version
            ? new StoredEntry(
                bytes[HeaderLength..],
                BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(1)),
                BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(9)))
            : null;
}

/// <summary>The names of cached entries (also the suffix of their shared-cache keys).</summary>
internal static class EntryKeys
{
    /// <summary>Every clinic root, in content-tree order.</summary>
    public const string Clinics = "clinics";

    public static string Item(Guid key) => $"item:{key:N}";

    /// <summary>A clinic's children (clinic articles), in content-tree order.</summary>
    public static string Children(Guid root) => $"children:{root:N}";

    /// <summary>The root a Start-Item header value (URL segment or GUID) names.</summary>
    public static string Root(string startItem) => "root:" + startItem.Trim().ToLowerInvariant();
}
