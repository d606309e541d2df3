using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>clinicSite: the home page lists this clinic's articles, with the clinic's words, and nobody else's.</summary>
public sealed class HomePageTests : BrowserTest
{
    public static IEnumerable<TestCaseData> EveryClinic() => ArticlePageTests.EveryClinic();

    [TestCaseSource(nameof(EveryClinic))]
    public async Task The_home_page_lists_only_this_clinics_articles_with_its_own_introductions(string host)
    {
        var clinic = ShippedContent.ClinicByHost(host);
        var response = await OpenShippedAsync(host);
        Assert.That(response.Status, Is.EqualTo(200));

        // The header names the clinic and its tagline; the hero makes the clinic's promise instead of repeating them.
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(clinic.HeroPromise);
        await Assertions.Expect(Page.Locator(".site-header .site-name")).ToHaveTextAsync(clinic.ClinicName);
        await Assertions.Expect(Page.Locator("main")).Not.ToContainTextAsync(clinic.Tagline);

        var served = ShippedContent.ServedArticles(clinic).ToList();
        var cards = Page.Locator("#articles .article-card");
        Assert.That(
            await cards.Locator("h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            Is.EqualTo(served.Select(p => "/articles/" + p.Page.Slug)));
        for (var i = 0; i < served.Count; i++)
        {
            var (page, article) = served[i];
            await Assertions.Expect(cards.Nth(i).Locator("h3")).ToHaveTextAsync(article.Title);
            await Assertions.Expect(cards.Nth(i).Locator("p")).ToHaveTextAsync(page.IntroOverride.Length > 0 ? page.IntroOverride : article.Summary);
        }

        var text = await BodyTextAsync();
        var mine = served.Select(p => p.Article.Key).ToHashSet();
        foreach (var other in ShippedContent.Clinics.Where(c => c.Key != clinic.Key))
        {
            Assert.That(text, Does.Not.Contain(other.ClinicName).And.Not.Contain(other.Phone).And.Not.Contain(other.Email));
            foreach (var (otherPage, otherArticle) in ShippedContent.ServedArticles(other).Where(p => !mine.Contains(p.Article.Key)))
            {
                Assert.That(text, Does.Not.Contain(otherArticle.Title), $"{host} lists {other.ClinicName}'s article");
                await Assertions.Expect(Page.Locator($"a[href='/articles/{otherPage.Slug}']")).ToHaveCountAsync(0);
            }
        }

        var cta = Page.Locator("main .cta");
        await Assertions.Expect(cta).ToContainTextAsync(clinic.ClinicName);
        await Assertions.Expect(cta).ToContainTextAsync(clinic.Phone);
        await Assertions.Expect(Page.Locator("footer")).ToContainTextAsync(ShippedContent.Library.Label("ClinicKit.MedicalDisclaimer", "?"));

        await AssertAccessibleAsync($"the home page of {host}");
        await ScreenshotAsync("home", host);
    }

    [Test]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        var host = ShippedContent.Host(ShippedContent.Clinics[0]);
        await OpenShippedAsync(host);

        await Page.Keyboard.PressAsync("Tab");
        var focused = Page.Locator(":focus");
        await Assertions.Expect(focused).ToHaveTextAsync(ShippedContent.Library.Label("ClinicKit.SkipToContent", "?"));
        await Assertions.Expect(focused).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Enter");
        Assert.That(Page.Url, Does.EndWith("#main"));
    }
}
