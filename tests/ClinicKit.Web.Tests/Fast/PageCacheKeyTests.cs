using ClinicKit.Web.Sources;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>The page cache keys on what changes a page (its host and path), so a query string no page reads cannot make
/// every request render again.</summary>
public sealed class PageCacheKeyTests
{
    [TestCase("?p=1", "?p=2", TestName = "Two query values share one cached page")]
    [TestCase("", "?utm_source=mail&utm_campaign=x", TestName = "Tracking parameters share the page without them")]
    [TestCase("?page=2&sort=desc", "?%3Cscript%3E=1", TestName = "Any query string shares the cached page")]
    public async Task A_query_string_is_served_from_the_cache_entry_of_the_page(string first, string second)
    {
        var (head, source, host, path) = await ArticleHead();
        await using (head)
        {
            var page = await head.GetTextAsync(host, path + first);
            var fetches = source.ArticleFetches;

            Assert.That(await head.GetTextAsync(host, path + second), Is.EqualTo(page));
            Assert.That(source.ArticleFetches, Is.EqualTo(fetches), "the second request should be served from the page cache");
        }
    }

    [TestCase("", TestName = "The same host in upper case shares the cached page")]
    [TestCase(".", TestName = "The same host with a trailing dot shares the cached page")]
    public async Task Spellings_of_one_host_share_the_cached_page(string suffix)
    {
        var (head, source, host, path) = await ArticleHead();
        await using (head)
        {
            await head.GetTextAsync(host, path);
            var fetches = source.ArticleFetches;

            using var request = new HttpRequestMessage(HttpMethod.Get, "http://localhost" + path);
            request.Headers.Host = host.ToUpperInvariant() + suffix;
            using var response = await head.Client.SendAsync(request);

            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(source.ArticleFetches, Is.EqualTo(fetches));
        }
    }

    [Test]
    public async Task Another_path_or_another_clinic_is_its_own_page()
    {
        var (head, source, host, path) = await ArticleHead();
        await using (head)
        {
            await head.GetTextAsync(host, path);
            var fetches = source.ArticleFetches;
            var other = ShippedContent.Clinics.First(c => ShippedContent.Host(c) != host && ShippedContent.ServedArticles(c).Any(a => "/articles/" + a.Page.Slug == path));

            await head.GetTextAsync(ShippedContent.Host(other), path);

            Assert.That(source.ArticleFetches, Is.GreaterThan(fetches));
        }
    }

    private static async Task<(InProcessHead Head, InMemoryContentSource Source, string Host, string Path)> ArticleHead()
    {
        var source = new InMemoryContentSource(ShippedContent.Library);
        var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Services.AddSingleton<IContentSource>(source));
        var clinic = ShippedContent.Clinics[0];
        return (head, source, ShippedContent.Host(clinic), "/articles/" + ShippedContent.ServedArticles(clinic).First().Page.Slug);
    }
}
