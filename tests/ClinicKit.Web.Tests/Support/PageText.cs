using System.Net;
using System.Text.RegularExpressions;

namespace ClinicKit.Web.Tests.Support;

internal static partial class PageText
{
    /// <summary>The page as a visitor reads it: tags dropped, entities decoded, whitespace collapsed.</summary>
    public static string Visible(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
