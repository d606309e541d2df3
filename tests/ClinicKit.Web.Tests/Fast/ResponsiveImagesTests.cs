using ClinicKit.Web.Images;
using ClinicKit.Web.Sites;
using Microsoft.Extensions.Caching.Memory;
using SixLabors.ImageSharp;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>What /images/ answers for a path: a resized image of a shipped media file in an allowed width, or nothing (a 404).</summary>
public sealed class ResponsiveImagesTests
{
    private static readonly ResponsiveImages Images = new(new SiteAssets().Files, new MemoryCache(new MemoryCacheOptions { SizeLimit = ResponsiveImages.CacheBytes }));

    [TestCase("/images/640/webp/media/ck1rghro/riverglass-hero.png", "image/webp", 640, 320, TestName = "a hero at 640 px as WebP keeps its 2:1 shape")]
    [TestCase("/images/1600/png/media/ck1rghro/riverglass-hero.png", "image/png", 1600, 800, TestName = "a hero at its own width as PNG")]
    [TestCase("/images/960/webp/media/ck1artkw/how-ketamine-works.png", "image/webp", 960, 504, TestName = "an article image at 960 px")]
    [TestCase("/images/640/webp/media/ck1rglgo/riverglass-logo.png", "image/webp", 256, 256, TestName = "a 256 px logo is never enlarged")]
    public void An_allowed_width_of_a_shipped_image_is_made(string path, string contentType, int width, int height)
    {
        var rendition = Images.Get(path);

        Assert.That(rendition, Is.Not.Null);
        Assert.That(rendition!.ContentType, Is.EqualTo(contentType));
        var info = Image.Identify(rendition.Bytes);
        Assert.That((info.Width, info.Height), Is.EqualTo((width, height)));
    }

    [TestCase("/images/641/webp/media/ck1rghro/riverglass-hero.png", TestName = "a width not in the list")]
    [TestCase("/images/99999/webp/media/ck1rghro/riverglass-hero.png", TestName = "a huge width")]
    [TestCase("/images/640/gif/media/ck1rghro/riverglass-hero.png", TestName = "a format the head does not make")]
    [TestCase("/images/640/webp/media/ck1rghro/no-such-file.png", TestName = "an unknown file")]
    [TestCase("/images/640/webp/media/nosuch/riverglass-hero.png", TestName = "an unknown folder")]
    [TestCase("/images/640/webp/media/../css/site.css", TestName = "path traversal to the stylesheet")]
    [TestCase("/images/640/webp/media/ck1rghro/..%2F..%2Fcss%2Fsite.css", TestName = "encoded path traversal")]
    [TestCase("/images/640/webp/css/site.css", TestName = "a file outside media")]
    [TestCase("/images/640/webp/media/ck1rghro/riverglass-hero.png/", TestName = "a trailing slash")]
    public void Anything_else_is_not_found(string path)
    {
        Assert.That(Images.Get(path), Is.Null);
    }

    [Test]
    public void Every_width_is_small_enough_to_resize_in_bounded_time()
    {
        Assert.That(ResponsiveImages.Widths, Is.Ordered.And.All.InRange(1, 1600));
    }
}

/// <summary>The markup a visitor's browser gets for each shipped image: its box reserved (width and height at the file's shape),
/// alt text, WebP and PNG srcsets of allowed widths, lazy loading except the hero and logo at the top of the page.</summary>
public sealed class ResponsiveImageMarkupTests
{
    private static readonly ResponsiveImages Images = new(new SiteAssets().Files, new MemoryCache(new MemoryCacheOptions { SizeLimit = ResponsiveImages.CacheBytes }));

    [TestCase("/media/ck1rghro/riverglass-hero.png", 1280, true, "width=\"1280\" height=\"640\"", "/images/1600/webp/media/ck1rghro/riverglass-hero.png 1600w", "fetchpriority=\"high\"", TestName = "the hero: 2:1 box, every width up to 1600, loaded first")]
    [TestCase("/media/ck1rglgo/riverglass-logo.png", 48, true, "width=\"48\" height=\"48\"", "/images/96/webp/media/ck1rglgo/riverglass-logo.png 96w", "fetchpriority=\"high\"", TestName = "the logo: a 48 px square with a 2x source")]
    [TestCase("/media/ck1artkw/how-ketamine-works.png", 720, false, "width=\"720\" height=\"378\"", "/images/1280/webp/media/ck1artkw/how-ketamine-works.png 1200w", "loading=\"lazy\"", TestName = "an article image: lazy, never claims more than its 1200 px")]
    public void A_shipped_image_reserves_its_box_and_offers_its_widths(string src, int width, bool eager, string box, string srcsetEntry, string loading)
    {
        var html = Images.Picture(new(Guid.NewGuid(), src, "Alt \"quoted\" <text>"), width, "100vw", eager, "x").ToString()!;

        Assert.That(html, Does.StartWith("<picture><source type=\"image/webp\""));
        Assert.That(html, Does.Contain(box).And.Contain(srcsetEntry).And.Contain(loading));
        Assert.That(html, Does.Contain("alt=\"Alt &quot;quoted&quot; &lt;text&gt;\""), "alt text is encoded");
        Assert.That(html, Does.Not.Contain("/images/641/"));
    }

    [TestCase("/media/ck1rghro/missing.png", TestName = "a file the head does not have")]
    [TestCase("https://example.test/photo.png", TestName = "a file elsewhere")]
    public void An_image_the_head_cannot_serve_renders_nothing(string src)
    {
        Assert.That(Images.Picture(new(Guid.NewGuid(), src, "Alt"), 640, "100vw", false, "x").ToString(), Is.Empty);
    }
}
