using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>A missing page on a clinic is that clinic's own 404; an unknown host learns nothing at all.</summary>
public sealed class NotFoundTests : BrowserTest
{
    public static IEnumerable<TestCaseData> EveryClinic() => ArticlePageTests.EveryClinic();

    [TestCaseSource(nameof(EveryClinic))]
    public async Task A_missing_page_is_a_404_in_the_clinics_own_layout(string host)
    {
        var clinic = ShippedContent.ClinicByHost(host);
        foreach (var path in new[] { "/no-such-page", "/articles/no-such-article" })
        {
            var response = await OpenShippedAsync(host, path);
            Assert.That(response.Status, Is.EqualTo(404), path);
            await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(ShippedContent.Library.Label("ClinicKit.PageNotFound", "?"));
            await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(ShippedContent.Library.Label("ClinicKit.PageNotFoundText", "?"));
            await Assertions.Expect(Page.Locator(".site-name")).ToHaveTextAsync(clinic.ClinicName);
            await Assertions.Expect(Page.Locator("meta[name='robots']")).ToHaveAttributeAsync("content", "noindex");
        }

        await AssertAccessibleAsync($"the 404 page of {host}");
        await ScreenshotAsync("notfound", host);
    }

    [TestCase("unknown-clinic.test", "/")]
    [TestCase("unknown-clinic.test", "/articles/how-does-ketamine-work-for-depression")]
    [TestCase("127.0.0.1", "/sitemap.xml")]
    public async Task An_unknown_host_gets_a_plain_404_that_names_no_clinic_and_links_nowhere(string host, string path)
    {
        var response = await OpenShippedAsync(host, path);
        Assert.That(response.Status, Is.EqualTo(404));
        var body = await response.TextAsync();
        foreach (var clinic in ShippedContent.Clinics)
        {
            Assert.That(body, Does.Not.Contain(clinic.ClinicName).IgnoreCase.And.Not.Contain(ShippedContent.Host(clinic)).And.Not.Contain(clinic.Phone));
        }

        await Assertions.Expect(Page.Locator("a")).ToHaveCountAsync(0);
        Assert.That(body.Length, Is.LessThan(100));
    }
}
