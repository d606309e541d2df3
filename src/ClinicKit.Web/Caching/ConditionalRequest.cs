using Microsoft.Net.Http.Headers;

namespace ClinicKit.Web.Caching;

/// <summary>Whether a GET or HEAD may be answered <c>304 Not Modified</c> (RFC 9110 §13.1.2, §13.1.3): <c>If-None-Match</c>
/// when sent (weak comparison, <c>*</c> matches), otherwise <c>If-Modified-Since</c> against the content's date. Parsing is
/// ASP.NET Core's own header parsers; an unreadable header never matches, so the client gets the page.</summary>
public static class ConditionalRequest
{
    public static bool IsNotModified(IHeaderDictionary requestHeaders, string etag, DateTimeOffset? lastModified)
    {
        var ifNoneMatch = requestHeaders.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            var current = new EntityTagHeaderValue(etag);
            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
        }

        var ifModifiedSince = requestHeaders.IfModifiedSince;
        return lastModified is { } modified
            && ifModifiedSince.Count > 0
            && HeaderUtilities.TryParseDate(ifModifiedSince.ToString(), out var since)
            && modified <= since;
    }
}
