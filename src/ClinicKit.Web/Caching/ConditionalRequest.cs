using Microsoft.Net.Http.Headers;

namespace ClinicKit.Web.Caching;

/// <summary>Whether a GET or HEAD may be answered <c>304 Not Modified</c> (RFC 9110 §13.1.2, §13.1.3): <c>If-None-Match</c>
/// when sent (weak comparison, <c>*</c> matches), otherwise <c>If-Modified-Since</c> against the content's date.</summary>
public static class ConditionalRequest
{
    public static bool IsNotModified(IHeaderDictionary requestHeaders, string etag, DateTimeOffset? lastModified)
    {
        var ifNoneMatch = requestHeaders.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            return Matches(ifNoneMatch, etag);
        }

        var ifModifiedSince = requestHeaders.IfModifiedSince;
        return lastModified is { } modified
            && ifModifiedSince.Count > 0
            && HeaderUtilities.TryParseDate(ifModifiedSince.ToString(), out var since)
            && modified <= since;
    }

    /// <summary>Weak comparison: <c>W/"x"</c> matches <c>"x"</c>; a list matches when any entry does.</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        var opaque = etag.AsSpan();
        foreach (var value in ifNoneMatch)
        {
            var rest = (value ?? "").AsSpan();
            while (rest.Length > 0)
            {
                var comma = rest.IndexOf(',');
                var item = (comma < 0 ? rest : rest[..comma]).Trim();
                rest = comma < 0 ? default : rest[(comma + 1)..];
                if (item is "*")
                {
                    return true;
                }

                if (item.StartsWith("W/", StringComparison.Ordinal))
                {
                    item = item[2..];
                }

                if (item.SequenceEqual(opaque))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
