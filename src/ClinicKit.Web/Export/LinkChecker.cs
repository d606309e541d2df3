using System.Net;
using System.Text.RegularExpressions;

namespace ClinicKit.Web.Export;

/// <summary>One link in an exported page that points nowhere.</summary>
public sealed record BrokenLink(string Host, string Page, string Href, string Reason);

/// <summary>What the link check needs from a page: the ids it defines and the links it makes. Kept instead of the HTML, so
/// checking a site of thousands of pages holds only this in memory.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Hrefs);

/// <summary>Checks that every internal link, image (src, every srcset candidate, og:image) and in-page anchor (such as
/// <c>#ref-3</c>) of an exported site resolves.</summary>
public static partial class LinkChecker
{
    /// <summary>The ids and link targets of a page the head rendered.</summary>
    /// <remarks>Read with a pattern rather than a DOM parser: the head's Razor views always quote attributes and encode
    /// quotes inside values, so the pattern is exact for its pages, and on an export of 10,000 pages it is the difference
    /// between a link check that takes a quarter of the run and one that barely shows.</remarks>
    public static PageLinks Extract(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var hrefs = new List<string>();
        foreach (Match m in Attribute().Matches(html))
        {
            var value = WebUtility.HtmlDecode(m.Groups["value"].Value);
            switch (m.Groups["name"].Value)
            {
                case "id":
                    ids.Add(value);
                    break;
                case "srcset":
                    // "URL 640w, URL 960w": each candidate's URL is a file the browser may fetch.
                    hrefs.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0]));
                    break;
                default:
                    hrefs.Add(value);
                    break;
            }
        }

        // The link preview's picture is fetched by other sites from the page's own domain, so it must be in the export too.
        foreach (Match m in ShareImage().Matches(html))
        {
            hrefs.Add(WebUtility.HtmlDecode(m.Groups["value"].Value));
        }

        return new PageLinks(ids, hrefs);
    }

    /// <param name="pages">Each exported HTML page's links, by the URL path it is served at.</param>
    public static IReadOnlyList<BrokenLink> Check(string siteRoot, string host, IReadOnlyDictionary<string, PageLinks> pages)
    {
        var ids = pages.ToDictionary(p => StaticSite.FileFor(p.Key), p => p.Value.Ids);
        var exists = new Dictionary<string, bool>(StringComparer.Ordinal);
        var broken = new List<BrokenLink>();
        foreach (var (page, links) in pages)
        {
            var baseUri = new Uri($"https://{host}{page}");
            foreach (var href in links.Hrefs)
            {
                // Read as a browser reads a web link, where a backslash is a slash: "/\evil.example" leaves the site.
                if (!Uri.TryCreate(baseUri, href.Replace('\\', '/'), out var target) || target.Scheme is not ("http" or "https")
                    || !string.Equals(target.Host, host, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var file = StaticSite.FileFor(target.AbsolutePath);
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (!exists.TryGetValue(file, out var found))
                {
                    exists[file] = found = File.Exists(Path.Combine(siteRoot, file));
                }

                if (!found)
                {
                    broken.Add(new BrokenLink(host, page, href, $"no file {file} in the export"));
                }
                else if (fragment.Length > 0 && ids.TryGetValue(file, out var targetIds) && !targetIds.Contains(fragment))
                {
                    broken.Add(new BrokenLink(host, page, href, $"{file} has no element with id '{fragment}'"));
                }
            }
        }

        return broken;
    }

    [GeneratedRegex("\\s(?<name>id|href|src|srcset)=\"(?<value>[^\"]*)\"", RegexOptions.NonBacktracking)]
    private static partial Regex Attribute();

    [GeneratedRegex("<meta property=\"og:image\" content=\"(?<value>[^\"]*)\"", RegexOptions.NonBacktracking)]
    private static partial Regex ShareImage();
}
