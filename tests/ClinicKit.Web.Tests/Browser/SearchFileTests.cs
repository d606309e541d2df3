using System.Xml.Linq;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>sitemap.xml and robots.txt, as a search engine fetches them from each clinic's host.</summary>
public sealed class SearchFileTests : BrowserTest
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEnumerable<TestCaseData> EveryClinic() => ArticlePageTests.EveryClinic();

    [TestCaseSource(nameof(EveryClinic))]
    public async Task The_sitemap_lists_the_home_page_every_served_article_and_every_page_with_a_last_modified_date(string host)
    {
        var clinic = ShippedContent.ClinicByHost(host);
        var response = await OpenShippedAsync(host, "/sitemap.xml");
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Headers["content-type"], Does.StartWith("application/xml"));

        var urls = XDocument.Parse(await response.TextAsync()).Descendants(Sitemap + "url")
            .Select(u => (Loc: u.Element(Sitemap + "loc")!.Value, LastMod: u.Element(Sitemap + "lastmod")?.Value)).ToList();
        var expected = ShippedContent.ServedArticles(clinic).Where(p => !p.Page.Seo.NoIndex && !p.Article.Seo.NoIndex)
            .Select(p => $"https://{host}/articles/{p.Page.Slug}").Prepend($"https://{host}/")
            .Concat(PatientPages.Served(clinic).Where(p => !p.Seo.NoIndex).Select(p => $"https://{host}{PatientPages.PathOf(p)}"));
        Assert.That(urls.Select(u => u.Loc), Is.EqualTo(expected));
        Assert.That(urls.Select(u => u.LastMod), Has.All.Match(@"^\d{4}-\d{2}-\d{2}$"));
    }

    [TestCaseSource(nameof(EveryClinic))]
    public async Task Robots_txt_points_to_the_clinics_own_sitemap(string host)
    {
        var response = await OpenShippedAsync(host, "/robots.txt");
        Assert.That(response.Status, Is.EqualTo(200));
        var lines = (await response.TextAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.That(lines, Does.Contain("User-agent: *").And.Contain($"Sitemap: https://{host}/sitemap.xml"));
    }
}
