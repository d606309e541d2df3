using System.Text.RegularExpressions;

namespace ClinicKit.Web.Security;

/// <summary>The one URL check for every link the head writes from content: rich text, CTA links, booking URLs, citations.</summary>
/// <remarks>Allowed: http, https, mailto and tel, and relative or #fragment URLs. Browsers ignore tabs, newlines and leading
/// control characters in a URL and match schemes case-insensitively, so the check looks at the URL the way a browser will;
/// HTML character references are already decoded by the parser (or by Razor's encoder on the way out).</remarks>
public static partial class SafeUrl
{
    private static readonly HashSet<string> AllowedSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    /// <summary>The URL as a browser would read it, or null when it is empty or uses a scheme that is not allowed.</summary>
    public static string? Clean(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var cleaned = Ignored().Replace(url, "").Trim(TrimmedEnds);
        if (cleaned.Length == 0)
        {
            return null;
        }

        var scheme = Scheme().Match(cleaned);
        if (scheme.Success)
        {
            return AllowedSchemes.Contains(scheme.Groups[1].Value) ? cleaned : null;
        }

        // No scheme before the first ':' means a relative URL, unless a ':' comes before any '/', '?' or '#':
        // then the text before it is an unknown scheme with characters a scheme cannot have ("java script:").
        var colon = cleaned.IndexOf(':');
        var firstDelimiter = cleaned.IndexOfAny(['/', '?', '#']);
        // Mutation testing: "colon <= firstDelimiter" survives as an equivalent mutant, a ':' is never at a '/', '?' or '#'.
        return colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter) ? null : cleaned;
    }

    /// <summary>Whether the URL leaves the site, so it gets <c>rel="noopener noreferrer"</c>.</summary>
    /// <remarks>Browsers read a backslash as a slash in web URLs, so <c>/\host</c> and <c>\/host</c> lead to another host
    /// just as <c>//host</c> does.</remarks>
    public static bool IsExternal(string url) =>
        url is ['/' or '\\', '/' or '\\', ..]
        || url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    /// <summary>A <c>tel:</c> URL for a phone number as people write it: "(503) 555-0142" becomes "tel:+15035550142"
    /// for ten-digit North American numbers, and keeps its digits and a leading '+' otherwise.</summary>
    public static string? Tel(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var plus = phone.TrimStart().StartsWith('+');
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
        {
            return null;
        }

        return plus ? $"tel:+{digits}" : digits.Length == 10 ? $"tel:+1{digits}" : $"tel:{digits}";
    }

    private static readonly char[] TrimmedEnds = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    [GeneratedRegex(@"[\t\n\r]", RegexOptions.NonBacktracking)]
    private static partial Regex Ignored();

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):", RegexOptions.NonBacktracking)]
    private static partial Regex Scheme();
}
