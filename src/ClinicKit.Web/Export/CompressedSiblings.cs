using System.IO.Compression;

namespace ClinicKit.Web.Export;

/// <summary>Writes a text file's Brotli and gzip forms beside it (<c>FILE.br</c>, <c>FILE.gz</c>), which nginx's
/// <c>brotli_static</c> and <c>gzip_static</c> (and most CDNs' origin settings) send as they are to a client that accepts
/// them.</summary>
/// <remarks>Brotli quality 4 (.NET's "optimal") and gzip level 6 (zlib's default): within about 10% of the smallest forms for
/// a page of HTML, at a small fraction of the time Brotli's quality 11 takes, so compressing does not dominate an export. The gzip header carries no
/// time, so the same page always compresses to the same bytes.</remarks>
public static class CompressedSiblings
{
    public const string Brotli = ".br";
    public const string Gzip = ".gz";

    /// <summary>What is included in every page's manifest hash: a change here re-renders every page.</summary>
    public const string Settings = "br4-w22;gz6";

    private const int BrotliQuality = 4;
    private const int BrotliWindow = 22;
    private const int GzipLevel = 6;

    private static readonly HashSet<string> CompressedMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "text/css", "text/plain", "text/xml", "application/xml", "application/json", "application/javascript",
        "text/javascript", "image/svg+xml",
    };

    private static readonly HashSet<string> CompressedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".css", ".txt", ".xml", ".json", ".js", ".svg",
    };

    /// <summary>Whether a response of this media type (or, with none, a file of this name) gets compressed siblings.</summary>
    public static bool AppliesTo(string? mediaType, string fileName) =>
        mediaType is not null ? CompressedMediaTypes.Contains(mediaType) : CompressedExtensions.Contains(Path.GetExtension(fileName));

    public static async Task WriteAsync(string file, byte[] content, CancellationToken cancellationToken)
    {
        await File.WriteAllBytesAsync(file + Brotli, BrotliForm(content), cancellationToken);
        await File.WriteAllBytesAsync(file + Gzip, GzipForm(content), cancellationToken);
    }

    public static byte[] BrotliForm(ReadOnlySpan<byte> content)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, buffer, out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli could not compress a page into its worst-case size");
        }

        return buffer[..written];
    }

    public static byte[] GzipForm(byte[] content)
    {
        using var output = new MemoryStream(content.Length / 3 + 64);
        using (var gzip = new GZipStream(output, new ZLibCompressionOptions { CompressionLevel = GzipLevel }, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}
