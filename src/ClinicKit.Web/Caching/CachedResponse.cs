using System.ComponentModel;
using System.IO.Hashing;
using Microsoft.Net.Http.Headers;

namespace ClinicKit.Web.Caching;

/// <summary>A response kept ready to send: its body in every coding, a strong ETag per coding, and every header value
/// already formatted, so serving it costs a lookup, a few header assignments and one write.</summary>
/// <remarks>Immutable and sealed, so HybridCache hands out the stored instance rather than a copy on every hit.</remarks>
[ImmutableObject(true)]
public sealed class CachedResponse
{
    public CachedResponse(string contentType, string cacheControl, CompressedForms forms, DateTimeOffset? lastModified, string? surrogateKeys)
    {
        ContentType = contentType;
        CacheControl = cacheControl;
        Forms = forms;
        LastModified = lastModified is { } date ? TruncateToSeconds(date) : null;
        LastModifiedHeader = LastModified is { } d ? HeaderUtilities.FormatDate(d) : null;
        SurrogateKeys = surrogateKeys;
        CacheTags = surrogateKeys?.Replace(' ', ',');
        Hash = Convert.ToHexStringLower(XxHash128.Hash(forms.Identity));
        ETagIdentity = $"\"{Hash}\"";
        ETagBrotli = $"\"{Hash}-br\"";
        ETagGzip = $"\"{Hash}-gz\"";
        Varies = forms.Brotli is not null || forms.Gzip is not null;
    }

    public string ContentType { get; }

    public string CacheControl { get; }

    public CompressedForms Forms { get; }

    /// <summary>When the content shown last changed, to the second (HTTP dates have no finer unit), or null when unknown.</summary>
    public DateTimeOffset? LastModified { get; }

    /// <summary>The content keys a CDN can purge this response by, space-separated (<c>Surrogate-Key</c>), or null.</summary>
    public string? SurrogateKeys { get; }

    /// <summary>The same keys comma-separated (<c>Cache-Tag</c>).</summary>
    public string? CacheTags { get; }

    /// <summary>The identity body's hash: every coding's ETag is made from it.</summary>
    public string Hash { get; }

    private string? LastModifiedHeader { get; }

    private string ETagIdentity { get; }

    private string ETagBrotli { get; }

    private string ETagGzip { get; }

    private bool Varies { get; }

    public string ETag(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => ETagBrotli,
        ContentCoding.Gzip => ETagGzip,
        _ => ETagIdentity,
    };

    /// <summary>Answers the request: 304 when its validators match, else the coding it accepts best, with Content-Length; no
    /// body for HEAD.</summary>
    public Task WriteAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var coding = Varies ? ContentCodingNegotiation.Choose(request.Headers.AcceptEncoding, Forms) : ContentCoding.Identity;
        var etag = ETag(coding);
        var headers = response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        if (LastModifiedHeader is not null)
        {
            headers.LastModified = LastModifiedHeader;
        }

        if (Varies)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }

        if (SurrogateKeys is not null)
        {
            headers[SurrogateKeyHeaders.SurrogateKey] = SurrogateKeys;
            headers[SurrogateKeyHeaders.CacheTag] = CacheTags;
        }

        if (ConditionalRequest.IsNotModified(request.Headers, etag, LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var body = Forms.In(coding)!;
        headers.ContentType = ContentType;
        if (coding != ContentCoding.Identity)
        {
            headers.ContentEncoding = ContentCodingNegotiation.HeaderValue(coding);
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, 0, body.Length, context.RequestAborted);
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset date)
    {
        var utc = date.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }
}
