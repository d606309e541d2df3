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

        // Matches without captures: the non-backtracking engine then needs no second pass to find the groups, and a match is
        // always ` NAME="VALUE"`, so its parts are where the pattern put them.
        foreach (var m in Attribute().EnumerateMatches(html))
        {
            var attribute = html.AsSpan(m.Index + 1, m.Length - 2);
            var equals = attribute.IndexOf('=');
            var value = WebUtility.HtmlDecode(attribute[(equals + 2)..].ToString());
            switch (attribute[..equals])
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
        foreach (var m in ShareImage().EnumerateMatches(html))
        {
            hrefs.Add(WebUtility.HtmlDecode(html.AsSpan(m.Index + ShareImagePrefix.Length, m.Length - ShareImagePrefix.Length - 1).ToString()));
        }

        return new PageLinks(ids, hrefs);
    }

    /// <param name="pages">Each exported HTML page's links, by the URL path it is served at.</param>
    public static IReadOnlyList<BrokenLink> Check(string siteRoot, string host, IReadOnlyDictionary<string, PageLinks> pages)
    {
        var ids = pages.ToDictionary(p => StaticSite.FileFor(p.Key), p => p.Value.Ids);
        var exists = new Dictionary<string, bool>(StringComparer.Ordinal);
        var resolved = new Dictionary<string, (string File, string Fragment)?>(StringComparer.Ordinal);
        var broken = new List<BrokenLink>();
        foreach (var (page, links) in pages)
        {
            var baseUri = new Uri($"https://{host}{page}");
            foreach (var href in links.Hrefs)
            {
                // A site's pages repeat the same navigation and picture links, and a link that starts at the root resolves the
                // same way from every page of the site, so it is worked out once per site.
                var fromRoot = href.StartsWith('/');
                if (!fromRoot || !resolved.TryGetValue(href, out var target))
                {
                    target = Resolve(baseUri, host, href);
                    if (fromRoot)
                    {
                        resolved[href] = target;
                    }
                }

                if (target is not var (file, fragment))
                {
                    continue;
                }

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

    /// <summary>The file and fragment an internal link points at, or null for a link that leaves the site.</summary>
    private static (string File, string Fragment)? Resolve(Uri page, string host, string href)
    {
        // Read as a browser reads a web link, where a backslash is a slash: "/\evil.example" leaves the site.
        if (!Uri.TryCreate(page, href.Replace('\\', '/'), out var target) || target.Scheme is not ("http" or "https")
            || !string.Equals(target.Host, host, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return (StaticSite.FileFor(target.AbsolutePath), Uri.UnescapeDataString(target.Fragment.TrimStart('#')));
    }

    private const string ShareImagePrefix = "<meta property=\"og:image\" content=\"";

    [GeneratedRegex("\\s(?:id|href|src|srcset)=\"[^\"]*\"", RegexOptions.NonBacktracking)]
    private static partial Regex Attribute();

    [GeneratedRegex("<meta property=\"og:image\" content=\"[^\"]*\"", RegexOptions.NonBacktracking)]
    private static partial Regex ShareImage();
}
