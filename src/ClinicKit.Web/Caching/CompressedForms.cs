using System.IO.Compression;

namespace ClinicKit.Web.Caching;

/// <summary>A response body and its Brotli and gzip forms, made once (when the content changes, or at start for a static
/// file) so no request pays for compression. The exporter writes the same forms as <c>.br</c> and <c>.gz</c> siblings.</summary>
/// <remarks>A form that would not be smaller than the body (already-compressed data, a tiny body) is left out, so a client
/// asking for it gets the body as it is.</remarks>
public sealed class CompressedForms
{
    /// <summary>Brotli quality 5: within about 10% of quality 11's size on the head's pages and CSS, at a thirtieth of the time
    /// (0.6 ms rather than 20 ms for site.css here), which an export of thousands of pages can afford.</summary>
    public const int BrotliQuality = 5;

    /// <summary>Brotli's default window (4 MB); every page and asset the head serves fits in it.</summary>
    private const int BrotliWindow = 22;

    private CompressedForms(byte[] identity, byte[]? brotli, byte[]? gzip)
    {
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
    }

    public byte[] Identity { get; }

    public byte[]? Brotli { get; }

    public byte[]? Gzip { get; }

    /// <summary>The body and both compressed forms.</summary>
    public static CompressedForms Of(byte[] body) => new(body, BrotliOf(body), GzipOf(body));

    /// <summary>A body kept as it is (an image or font, already compressed).</summary>
    public static CompressedForms AsIs(byte[] body) => new(body, null, null);

    /// <summary>Forms read back from a store (a shared cache), as <see cref="Of"/> made them.</summary>
    internal static CompressedForms Restore(byte[] identity, byte[]? brotli, byte[]? gzip) => new(identity, brotli, gzip);

    /// <summary>The body in one coding, or null when that form was not worth keeping.</summary>
    public byte[]? In(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => Brotli,
        ContentCoding.Gzip => Gzip,
        _ => Identity,
    };

    public static byte[]? BrotliOf(ReadOnlySpan<byte> body)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, buffer, out var written, BrotliQuality, BrotliWindow) && written < body.Length
            ? buffer[..written]
            : null;
    }

    public static byte[]? GzipOf(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream(body.Length / 3 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.Length < body.Length ? output.ToArray() : null;
    }
}
