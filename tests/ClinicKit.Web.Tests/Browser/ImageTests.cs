using System.Text.Json;
using System.Xml.Linq;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>The pictures on the home and article pages as a visitor's browser meets them: they load, say what they show, keep
/// their place while they load (nothing on the page moves), and a clinic that picks no pictures still gets a whole page.</summary>
public sealed class ImageTests : BrowserTest
{
    private const string AllImagesLoaded = "() => [...document.images].every(i => i.complete && i.naturalWidth > 0)";

    public static IEnumerable<TestCaseData> HomeAndArticleAtBothWidths() =>
        from clinic in ShippedContent.Clinics
        from path in new[] { "/", "/articles/" + ShippedContent.ServedArticles(clinic).First().Page.Slug }
        from width in new[] { 1280, 390 }
        select new TestCaseData(ShippedContent.Host(clinic), path, width).SetArgDisplayNames(ShippedContent.Host(clinic), path, width.ToString());

    [TestCaseSource(nameof(HomeAndArticleAtBothWidths))]
    public async Task Nothing_moves_while_the_pictures_load(string host, string path, int width)
    {
        await Page.SetViewportSizeAsync(width, 900);

        // Hold every picture back until the page has been laid out without them, as on a slow connection.
        var release = new TaskCompletionSource();
        await Page.RouteAsync("**/images/**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await Page.GotoAsync(BrowserFixture.Shipped.Url(host, path), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Page.WaitForFunctionAsync("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)");
        var before = await LayoutAsync();
        Assert.That(before.Images, Is.Not.Empty, $"{host}{path} shows pictures");

        release.SetResult();
        await LoadEveryPictureAsync();
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var after = await LayoutAsync();

        // Within a pixel: boxes far down a long phone page land on half pixels, which rounding may tip either way.
        Assert.Multiple(() =>
        {
            Assert.That(after.Images, Is.EqualTo(before.Images).Within(1), "each picture's box is the one reserved before it loaded");
            Assert.That(after.Headings, Is.EqualTo(before.Headings).Within(1), "the headings stay where they were");
        });

        // Chromium measures it too (the Layout Instability API, which Firefox does not implement): the cumulative layout shift.
        var shift = await Page.EvaluateAsync<double?>(@"() => PerformanceObserver.supportedEntryTypes.includes('layout-shift')
            ? new Promise(resolve => {
                new PerformanceObserver(list => resolve(list.getEntries().filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)))
                  .observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => resolve(0), 500);
              })
            : null");
        if (shift is { } cls)
        {
            Assert.That(cls, Is.Zero, "cumulative layout shift");
        }

        await ScreenshotAsync($"images{(path == "/" ? "-home" : "-article")}-{width}", host);
    }

    [TestCaseSource(nameof(HomeAndArticleAtBothWidths))]
    public async Task Every_picture_loads_at_a_size_for_the_screen_and_says_what_it_shows(string host, string path, int width)
    {
        await Page.SetViewportSizeAsync(width, 900);
        await OpenShippedAsync(host, path);
        await LoadEveryPictureAsync();

        var images = await Page.EvaluateAsync<JsonElement>(@"() => [...document.images].map(i => ({
            src: new URL(i.currentSrc).pathname, alt: i.getAttribute('alt'), natural: i.naturalWidth, shown: i.getBoundingClientRect().width }))");
        var alts = MediaAltTexts();
        Assert.That(images.GetArrayLength(), Is.GreaterThan(0));
        foreach (var image in images.EnumerateArray())
        {
            var src = image.GetProperty("src").GetString()!;
            var natural = image.GetProperty("natural").GetInt32();
            var shown = image.GetProperty("shown").GetDouble();
            var alt = image.GetProperty("alt").GetString();

            // /images/{width}/media/{folder}/{file}.{webp|png} is a rendition of /media/{folder}/{file}.png.
            var media = "/media/" + string.Join('/', src.Split('/')[4..]);
            media = Path.ChangeExtension(media, ".png");
            Assert.That(alts, Does.ContainKey(media), $"{src} is a rendition of a media item");
            Assert.That(alt, Is.EqualTo(alts[media]).And.Not.Empty, $"{src}: the media item's alt text");
            Assert.That(natural, Is.GreaterThan(0), $"{src} loaded");

            // srcset and sizes: the browser fetched a width for this screen (device pixel ratio 1), not the largest file.
            Assert.That(natural, Is.GreaterThanOrEqualTo(Math.Min(shown, 256) - 1), $"{src} is not blurred: {natural} px shown at {shown:0} px");
            Assert.That(natural, Is.LessThanOrEqualTo(Math.Max(2 * shown, 320)), $"{src} is not far larger than shown: {natural} px shown at {shown:0} px");
        }

        if (path == "/" && width >= 1280)
        {
            // On a wide screen the hero stands beside the promise, not under it.
            var promise = await Page.Locator("main h1").BoundingBoxAsync();
            var hero = await Page.Locator(".hero-image").BoundingBoxAsync();
            Assert.That(hero!.X, Is.GreaterThan(promise!.X + promise.Width), "the hero is to the right of the promise");
            Assert.That(hero.Y, Is.LessThan(promise.Y + promise.Height), "the hero is level with the promise");
        }

        var icon = await Page.Locator("link[rel=icon]").GetAttributeAsync("href");
        var share = await Page.Locator("meta[property='og:image']").GetAttributeAsync("content");
        Assert.That(share, Does.StartWith($"https://{host}/images/"), "og:image is an absolute URL on the clinic's domain");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{BrowserFixture.Shipped.Port}") };
        foreach (var (url, what) in new[] { (icon!, "favicon"), (new Uri(share!).AbsolutePath, "og:image") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Host = host;
            using var response = await client.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(200), $"{what} {url}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"), $"{what} {url}");
            var info = SixLabors.ImageSharp.Image.Identify(await response.Content.ReadAsByteArrayAsync());
            Assert.That(info.Width, what == "favicon" ? Is.EqualTo(32) : Is.GreaterThanOrEqualTo(256), $"{what} {url}");
        }
    }

    [Test]
    public async Task A_clinic_that_picks_no_pictures_still_gets_a_whole_page()
    {
        using var content = UsyncCopy.OfShipped();
        var clinic = content.Library.Clinics.First(c => c.Logo is not null && c.Hero is not null);
        content.Edit(clinic.Key, node =>
        {
            UsyncCopy.Set(node, Props.Logo, "");
            UsyncCopy.Set(node, Props.HeroImage, "");
        });
        foreach (var pictured in content.Library.Articles.Where(a => a.Image is not null))
        {
            content.Edit(pictured.Key, node => UsyncCopy.Set(node, Props.Image, ""));
        }

        await using var server = await HeadServer.StartAsync(content.Root);
        var host = clinic.Hosts[0];
        var article = ShippedContent.ServedArticles(ShippedContent.ClinicByHost(host)).First().Page.Slug;
        foreach (var (path, width) in new[] { ("/", 1280), ("/", 390), ("/articles/" + article, 1280) })
        {
            await Page.SetViewportSizeAsync(width, 900);
            var response = await OpenAsync(server, host, path);
            Assert.That(response.Status, Is.EqualTo(200));

            await Assertions.Expect(Page.Locator("img, picture")).ToHaveCountAsync(0);
            await Assertions.Expect(Page.Locator("meta[property='og:image']")).ToHaveCountAsync(0);
            await Assertions.Expect(Page.Locator(".site-name")).ToHaveTextAsync(clinic.ClinicName);

            // No hole where a picture would be: the heading starts on the header's line and the hero's text has the whole row.
            var brand = await Page.Locator(".site-name").BoundingBoxAsync();
            var heading = await Page.Locator("main h1").BoundingBoxAsync();
            Assert.That(heading!.X, Is.EqualTo(brand!.X).Within(1), "header and content columns line up");
            if (path == "/")
            {
                var row = await Page.Locator(".hero .wrap-wide").BoundingBoxAsync();
                var text = await Page.Locator(".hero-text").BoundingBoxAsync();
                Assert.That(text!.Width, Is.GreaterThan(row!.Width - 48), "the hero's text is not squeezed beside an empty column");
            }

            await Assertions.Expect(Page.Locator("main")).ToBeVisibleAsync();
            await AssertAccessibleAsync($"{host}{path} without pictures at {width} px");
            await ScreenshotAsync($"no-images{(path == "/" ? "-home" : "-article")}-{width}", host);
        }
    }

    /// <summary>Scrolls each picture into view in turn, as a reader would, so the lazy ones load too, and waits for them all.</summary>
    private async Task LoadEveryPictureAsync()
    {
        foreach (var image in await Page.Locator("img").AllAsync())
        {
            await image.ScrollIntoViewIfNeededAsync();
        }

        await Page.WaitForFunctionAsync(AllImagesLoaded);
    }

    /// <summary>Where every picture and heading is on the page: left, top (document coordinates), width and height of each.</summary>
    private async Task<(double[] Images, double[] Headings)> LayoutAsync()
    {
        var boxes = await Page.EvaluateAsync<double[][]>(@"() => {
            const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top + scrollY, r.width, r.height]; };
            return [[...document.images].flatMap(box), [...document.querySelectorAll('h1, h2, h3, footer')].flatMap(box)];
        }");
        return (boxes[0], boxes[1]);
    }

    /// <summary>Each shipped media item's file and alt text, read from uSync/v17/Media as the files hold them.</summary>
    private static Dictionary<string, string> MediaAltTexts() =>
        Directory.EnumerateFiles(Path.Combine(Paths.ShippedUsync, "Media"), "*.config")
            .Select(XDocument.Load)
            .Where(d => d.Root!.Element("Properties")?.Element("umbracoFile") is not null)
            .ToDictionary(
                d => JsonDocument.Parse(d.Root!.Element("Properties")!.Element("umbracoFile")!.Element("Value")!.Value).RootElement.GetProperty("src").GetString()!,
                d => d.Root!.Element("Properties")!.Element("altText")?.Element("Value")?.Value ?? "");
}
