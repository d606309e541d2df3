using System.Net;
using System.Text.RegularExpressions;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>What a link preview and a browser tab show for each page of each shipped clinic: og:image (an absolute URL on the
/// clinic's domain, the page's own picture before the clinic's hero) and a favicon and home-screen icon made from the logo.</summary>
public sealed partial class SharedPictureTests
{
    [Test]
    public async Task Every_page_offers_a_preview_picture_on_its_own_domain_and_the_clinics_logo_as_its_icon()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var sites = await head.App.Services.GetRequiredService<SitePages>().AllAsync();
        var checkedPages = 0;
        foreach (var site in sites)
        {
            var clinic = site.Clinic;
            Assert.That(clinic.Logo, Is.Not.Null, $"{site.Host} picks a logo");
            foreach (var page in site.Pages.Where(p => p.Kind is SitePageKind.Home or SitePageKind.Article or SitePageKind.Treatment
                         or SitePageKind.Contact or SitePageKind.Legal or SitePageKind.NotFound))
            {
                using var response = await head.GetAsync(site.Host, page.Path);
                var html = await response.Content.ReadAsStringAsync();
                var share = Meta(html, "og:image");
                var article = page.Kind == SitePageKind.Article
                    ? ShippedContent.Library.Article(clinic.Articles.Single(a => a.Key == page.ContentKey).ArticleKey!.Value)
                    : null;
                var expected = article?.Image ?? clinic.Hero ?? clinic.Logo!;

                Assert.That(share, Does.StartWith($"https://{site.Host}/images/"), $"{site.Host}{page.Path}: og:image on the clinic's domain");
                Assert.That(share, Does.Contain(Path.ChangeExtension(expected.Src, null) + ".png"), $"{site.Host}{page.Path}: the page's own picture, else the hero");
                Assert.That(WebUtility.HtmlDecode(Meta(html, "og:image:alt")), Is.EqualTo(expected.AltText), $"{site.Host}{page.Path}");
                await AssertPngAsync(head, site.Host, new Uri(share!).AbsolutePath, Meta(html, "og:image:width"), Meta(html, "og:image:height"));

                var icon = Href(html, "icon");
                var touch = Href(html, "apple-touch-icon");
                Assert.That(icon, Does.Contain(Path.ChangeExtension(clinic.Logo!.Src, null)), $"{site.Host}{page.Path}: the favicon is the logo");
                await AssertPngAsync(head, site.Host, icon!, "32", "32");
                await AssertPngAsync(head, site.Host, touch!, "180", "180");
                checkedPages++;
            }
        }

        Assert.That(checkedPages, Is.GreaterThan(sites.Count * 5));
    }

    private static async Task AssertPngAsync(InProcessHead head, string host, string path, string? width, string? height)
    {
        using var response = await head.GetAsync(host, path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"), path);
        var info = Image.Identify(await response.Content.ReadAsByteArrayAsync());
        Assert.That($"{info.Width}x{info.Height}", Is.EqualTo($"{width}x{height}"), $"{path}: the size the page says");
    }

    private static string? Meta(string html, string property) =>
        MetaTag().Matches(html).FirstOrDefault(m => m.Groups["property"].Value == property)?.Groups["content"].Value;

    private static string? Href(string html, string rel) =>
        LinkTag().Matches(html).FirstOrDefault(m => m.Groups["rel"].Value == rel)?.Groups["href"].Value;

    [GeneratedRegex("<meta property=\"(?<property>[^\"]+)\" content=\"(?<content>[^\"]*)\">")]
    private static partial Regex MetaTag();

    [GeneratedRegex("<link rel=\"(?<rel>[^\"]+)\" type=\"image/png\" sizes=\"[0-9x]+\" href=\"(?<href>[^\"]*)\">|<link rel=\"(?<rel>apple-touch-icon)\" sizes=\"[0-9x]+\" href=\"(?<href>[^\"]*)\">")]
    private static partial Regex LinkTag();
}
