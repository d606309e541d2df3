using System.Xml.Linq;
using ClinicKit.Content.Library;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>sitemap.xml's lastmod tells search engines which pages changed: each page gets the date of the latest change to
/// what it shows, not one date for the whole site.</summary>
public sealed class SitemapLastModifiedTests
{
    private const string Host = "dates-clinic.test";
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [TestCase("2026-03-01", "2026-02-01", "2026-01-01", "2026-03-01", TestName = "A medical review after every edit dates the page")]
    [TestCase("2026-03-01", "2026-04-02", null, "2026-04-02", TestName = "An edit to the library article after its review dates the page")]
    [TestCase("2026-03-01", "2026-02-01", "2026-05-05", "2026-05-05", TestName = "A change to the clinic's introduction or CTA for the article dates the page")]
    [TestCase(null, null, null, null, TestName = "With no date at all the page has no lastmod rather than a made-up one")]
    public async Task Each_article_page_is_dated_by_the_latest_change_to_what_it_shows(
        string? reviewed, string? articleUpdated, string? pageUpdated, string? expected)
    {
        var article = TestContent.Article("Dated", Day(reviewed), Time(articleUpdated));
        var page = TestContent.Page(article.Key, "dated") with { UpdateDate = Time(pageUpdated) };
        var clinic = TestContent.Clinic("Dates Clinic", Host, 0, articles: [page]);

        var lastmod = await SitemapAsync(clinic, article);

        Assert.That(lastmod[$"https://{Host}/articles/dated"], Is.EqualTo(expected));
    }

    [TestCase("2026-01-10", "2026-06-30", TestName = "The home page is as new as the newest article it lists")]
    [TestCase("2026-07-04", "2026-07-04", TestName = "A change to the clinic itself dates the home page")]
    public async Task The_home_page_is_dated_by_the_clinic_and_the_articles_it_lists(string clinicUpdated, string expected)
    {
        var older = TestContent.Article("Older", new DateOnly(2026, 2, 1));
        var newer = TestContent.Article("Newer", new DateOnly(2026, 6, 30));
        var clinic = TestContent.Clinic("Dates Clinic", Host, 0, articles: [TestContent.Page(older.Key, "older"), TestContent.Page(newer.Key, "newer", sortOrder: 1)])
            with { UpdateDate = Time(clinicUpdated) };

        var lastmod = await SitemapAsync(clinic, older, newer);

        Assert.That(lastmod, Is.EqualTo(new Dictionary<string, string?>
        {
            [$"https://{Host}/"] = expected,
            [$"https://{Host}/articles/older"] = "2026-02-01",
            [$"https://{Host}/articles/newer"] = "2026-06-30",
        }));
    }

    private static async Task<Dictionary<string, string?>> SitemapAsync(ClinicSite clinic, params Article[] articles)
    {
        var source = new InMemoryContentSource(new ContentLibrary(articles, [], [clinic], ShippedContent.Library.Dictionary));
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Services.AddSingleton<IContentSource>(source));
        var xml = XDocument.Parse(await head.GetTextAsync(Host, "/sitemap.xml"));
        return xml.Descendants(Ns + "url").ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")?.Value);
    }

    private static DateOnly? Day(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTime? Time(string? date) => date is null ? null : DateTime.Parse(date + "T09:30:00", System.Globalization.CultureInfo.InvariantCulture);
}
