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
