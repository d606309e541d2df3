using ClinicKit.Web.Navigation;
using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>The treatment, contact and legal pages and the home page in a real browser, at desktop and phone widths: axe-clean,
/// one layout grid, a compact phone header, 24 px tap targets; a screenshot of each.</summary>
public sealed class PatientPagesBrowserTests : BrowserTest
{
    public static IEnumerable<TestCaseData> EveryPageAtBothWidths() =>
        from clinic in ShippedContent.Clinics
        from path in clinic.Pages.Select(PatientPages.PathOf).Prepend("/")
        from width in new[] { 1280, 390 }
        select new TestCaseData(ShippedContent.Host(clinic), path, width).SetArgDisplayNames(ShippedContent.Host(clinic), path, width.ToString());

    [TestCaseSource(nameof(EveryPageAtBothWidths))]
    public async Task Each_page_is_accessible_lines_up_and_has_tap_targets_of_24_px(string host, string path, int width)
    {
        await Page.SetViewportSizeAsync(width, 900);
        var response = await OpenShippedAsync(host, path);
        Assert.That(response.Status, Is.EqualTo(200));

        await AssertAccessibleAsync($"{host}{path} at {width} px");

        // One layout grid: the header's brand (the logo, or the name when there is none) and the page's heading start at the same x.
        var brand = await Page.Locator(".site-brand img, .site-brand .site-name").First.BoundingBoxAsync();
        var heading = await Page.Locator("main h1").BoundingBoxAsync();
        Assert.That(heading!.X, Is.EqualTo(brand!.X).Within(1), "header and content columns line up");

        foreach (var link in await Page.Locator("footer a, .main-nav a, .breadcrumbs a").AllAsync())
        {
            var box = await link.BoundingBoxAsync();
            Assert.That(box!.Height, Is.GreaterThanOrEqualTo(24), $"tap target '{await link.InnerTextAsync()}' is {box.Height} px tall");
        }

        if (width < 600)
        {
            var header = await Page.Locator(".site-header").BoundingBoxAsync();
            Assert.That(header!.Height, Is.LessThanOrEqualTo(900 * 0.2), "the phone header stays compact");
        }

        await ScreenshotAsync($"page{path.Replace('/', '-').TrimEnd('-')}-{width}", host);
    }
}
