using AngleSharp.Html.Parser;

namespace ClinicKit.Cli.Export;

/// <summary>One link in an exported page that points nowhere.</summary>
public sealed record BrokenLink(string Host, string Page, string Href, string Reason);

/// <summary>Checks that every internal link and every in-page anchor (such as <c>#ref-3</c>) of an exported site resolves.</summary>
public static class LinkChecker
{
    /// <param name="htmlByPath">Each exported HTML page by the URL path it is served at.</param>
    public static IReadOnlyList<BrokenLink> Check(string siteRoot, string host, IReadOnlyDictionary<string, string> htmlByPath)
    {
        var parser = new HtmlParser();
        var documents = htmlByPath.ToDictionary(p => p.Key, p => parser.ParseDocument(p.Value));
        var ids = documents.ToDictionary(d => StaticSite.FileFor(d.Key), d => d.Value.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet());
        var broken = new List<BrokenLink>();
        foreach (var (page, document) in documents)
        {
            var baseUri = new Uri($"https://{host}{page}");
            foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (!Uri.TryCreate(baseUri, href, out var target) || target.Scheme is not ("http" or "https")
                    || !string.Equals(target.Host, host, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var file = StaticSite.FileFor(target.AbsolutePath);
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (!File.Exists(Path.Combine(siteRoot, file)))
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
}
