using ClinicKit.Web.Availability;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

// Under ClinicKit.Web.Tests.Browser so the browser fixture (one browser per run) applies.
namespace ClinicKit.Web.Tests.Browser.DeliveryApi;

/// <summary>The head reading the fake Umbraco over HTTP, in a real browser: the same pages a patient sees from uSync.</summary>
public sealed class DeliveryApiBrowserTests : BrowserTest
{
    private const string Host = "riverglass-ketamine.test";
    private static FakeUmbraco _fake = null!;
    private static HeadServer _head = null!;

    [OneTimeSetUp]
    public static async Task StartAsync()
    {
        _fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        _head = await DeliveryApiHeads.KestrelAsync(_fake);
    }

    [OneTimeTearDown]
    public static async Task StopAsync()
    {
        await _head.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Test]
    public async Task The_article_page_shows_the_article_and_every_claim_links_to_its_numbered_source()
    {
        var clinic = ShippedContent.ClinicByHost(Host);
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        var response = await OpenAsync(_head, Host, "/articles/" + page.Slug);
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(await response.HeaderValueAsync(StaleResponses.Header), Is.Null);

        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(article.Title);
        foreach (var claim in article.Claims)
        {
            var cited = claim.Citations.Select(c => ShippedContent.Library.Citation(c.Key!.Value)!.Title).ToList();
            var links = Page.Locator($"#claim-{claim.Number} .claim-refs a");
            Assert.That(await links.CountAsync(), Is.EqualTo(cited.Count), $"claim {claim.Number}");
            for (var i = 0; i < cited.Count; i++)
            {
                await links.Nth(i).ClickAsync();
                Assert.That(await Page.Locator(":target cite").InnerTextAsync(), Is.EqualTo(cited[i]));
            }
        }

        await Assertions.Expect(Page.Locator(".review-by")).ToContainTextAsync(article.Review.ReviewedBy!);
        await AssertAccessibleAsync("the article page read from the Delivery API");
        await ScreenshotAsync("delivery-api-article", Host);
    }

    [Test]
    public async Task The_home_page_lists_the_clinics_articles_and_each_link_opens_one()
    {
        var clinic = ShippedContent.ClinicByHost(Host);
        var served = ShippedContent.ServedArticles(clinic).ToList();
        var response = await OpenAsync(_head, Host, "/");
        Assert.That(response.Status, Is.EqualTo(200));
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(clinic.HeroPromise);
        await Assertions.Expect(Page.Locator(".site-header .site-name")).ToHaveTextAsync(clinic.ClinicName);

        var teasers = Page.Locator("#articles .article-card h3 a");
        Assert.That(await teasers.CountAsync(), Is.EqualTo(served.Count));
        await AssertAccessibleAsync("the home page read from the Delivery API");
        await ScreenshotAsync("delivery-api-home", Host);

        await teasers.Last.ClickAsync();
        await Page.WaitForURLAsync($"**/articles/{served.Last().Page.Slug}");
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(served.Last().Article.Title);
    }

    [Test]
    public async Task When_umbraco_fails_the_patient_still_gets_the_page()
    {
        var clinic = ShippedContent.ClinicByHost(Host);
        var (page, article) = ShippedContent.ServedArticles(clinic).Skip(1).First();
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.KestrelAsync(fake, new Dictionary<string, string?> { ["ClinicKit:DeliveryApi:FreshSeconds"] = "0", ["ClinicKit:PageCacheSeconds"] = "0" });
        await OpenAsync(head, Host, "/articles/" + page.Slug + "?warm");

        fake.Fault = FakeFault.ServerError;
        var response = await OpenAsync(head, Host, "/articles/" + page.Slug);
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(await response.HeaderValueAsync(StaleResponses.Header), Is.EqualTo("server-error"));
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(article.Title);
    }
}
