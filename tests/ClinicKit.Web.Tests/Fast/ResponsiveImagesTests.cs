using ClinicKit.Web.Images;
using ClinicKit.Web.Sites;
using Microsoft.Extensions.Caching.Memory;
using SixLabors.ImageSharp;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>What /images/ answers for a path: a resized image of a shipped media file in an allowed width, or nothing (a 404).</summary>
public sealed class ResponsiveImagesTests
{
    private static readonly ResponsiveImages Images = new(new SiteAssets().Files, new MemoryCache(new MemoryCacheOptions { SizeLimit = ResponsiveImages.CacheBytes }));

    [TestCase("/images/640/media/ck1rghro/riverglass-hero.webp", "image/webp", 640, 320, TestName = "a hero at 640 px as WebP keeps its 2:1 shape")]
    [TestCase("/images/1600/media/ck1rghro/riverglass-hero.png", "image/png", 1600, 800, TestName = "a hero at its own width as PNG")]
    [TestCase("/images/960/media/ck1artkw/how-ketamine-works.webp", "image/webp", 960, 504, TestName = "an article image at 960 px")]
    [TestCase("/images/640/media/ck1rglgo/riverglass-logo.webp", "image/webp", 256, 256, TestName = "a 256 px logo is never enlarged")]
    public void An_allowed_width_of_a_shipped_image_is_made(string path, string contentType, int width, int height)
    {
        var rendition = Images.Get(path);

        Assert.That(rendition, Is.Not.Null);
        Assert.That(rendition!.ContentType, Is.EqualTo(contentType));
        var info = Image.Identify(rendition.Bytes);
        Assert.That((info.Width, info.Height), Is.EqualTo((width, height)));
    }

    [TestCase("/images/641/media/ck1rghro/riverglass-hero.webp", TestName = "a width not in the list")]
    [TestCase("/images/99999/media/ck1rghro/riverglass-hero.webp", TestName = "a huge width")]
    [TestCase("/images/640/media/ck1rghro/riverglass-hero.gif", TestName = "a format the head does not make")]
    [TestCase("/images/640/media/ck1rghro/no-such-file.webp", TestName = "an unknown file")]
    [TestCase("/images/640/media/nosuch/riverglass-hero.webp", TestName = "an unknown folder")]
    [TestCase("/images/640/media/../css/site.webp", TestName = "path traversal to the stylesheet")]
    [TestCase("/images/640/media/ck1rghro/..%2F..%2Fcss%2Fsite.webp", TestName = "encoded path traversal")]
    [TestCase("/images/640/css/site.png", TestName = "a file outside media")]
    [TestCase("/images/640/media/ck1rghro/riverglass-hero.png/", TestName = "a trailing slash")]
    [TestCase("/images/640/webp/media/ck1rghro/riverglass-hero.png", TestName = "the format as a folder (an older form of the path)")]
    [TestCase("/images/32/media/ck1rglgo/riverglass-logo.webp", TestName = "an icon size as WebP (icons are PNG)")]
    [TestCase("/images/180/media/ck1rglgo/riverglass-logo.jpg", TestName = "an icon size in a format the head does not make")]
    public void Anything_else_is_not_found(string path)
    {
        Assert.That(Images.Get(path), Is.Null);
    }

    [TestCase("/images/32/media/ck1rglgo/riverglass-logo.png", 32, TestName = "the favicon: a 32 px square")]
    [TestCase("/images/180/media/ck1rglgo/riverglass-logo.png", 180, TestName = "the home-screen icon: a 180 px square")]
    [TestCase("/images/180/media/ck1rghro/riverglass-hero.png", 180, TestName = "a wide image as an icon is fitted into the square, not stretched")]
    public void An_icon_size_is_a_square_png(string path, int size)
    {
        var rendition = Images.Get(path);

        Assert.That(rendition?.ContentType, Is.EqualTo("image/png"));
        using var image = Image.Load<SixLabors.ImageSharp.PixelFormats.Rgba32>(rendition!.Bytes);
        Assert.That((image.Width, image.Height), Is.EqualTo((size, size)));
        if (path.Contains("hero", StringComparison.Ordinal))
        {
            // A 2:1 picture fitted into a square leaves a transparent band above and below it.
            Assert.That(image[size / 2, 0].A, Is.Zero, "the padding is transparent");
            Assert.That(image[size / 2, size / 2].A, Is.EqualTo(255), "the picture is in the middle");
        }
    }

    [Test]
    public void Every_width_is_small_enough_to_resize_in_bounded_time()
    {
        Assert.That(ResponsiveImages.Widths.Concat(ResponsiveImages.IconWidths), Is.All.InRange(1, 1600));
        Assert.That(ResponsiveImages.Widths, Is.Ordered);
    }
}

/// <summary>The markup a visitor's browser gets for each shipped image: its box reserved (width and height at the file's shape),
/// alt text, WebP and PNG srcsets of allowed widths, lazy loading except the hero and logo at the top of the page.</summary>
public sealed class ResponsiveImageMarkupTests
{
    private static readonly ResponsiveImages Images = new(new SiteAssets().Files, new MemoryCache(new MemoryCacheOptions { SizeLimit = ResponsiveImages.CacheBytes }));

    [TestCase("/media/ck1rghro/riverglass-hero.png", 1280, true, "width=\"1280\" height=\"640\"", "/images/1600/media/ck1rghro/riverglass-hero.webp 1600w", "fetchpriority=\"high\"", TestName = "the hero: 2:1 box, every width up to 1600, loaded first")]
    [TestCase("/media/ck1rglgo/riverglass-logo.png", 48, true, "width=\"48\" height=\"48\"", "/images/96/media/ck1rglgo/riverglass-logo.webp 96w", "fetchpriority=\"high\"", TestName = "the logo: a 48 px square with a 2x source")]
    [TestCase("/media/ck1artkw/how-ketamine-works.png", 720, false, "width=\"720\" height=\"378\"", "/images/1280/media/ck1artkw/how-ketamine-works.webp 1200w", "loading=\"lazy\"", TestName = "an article image: lazy, never claims more than its 1200 px")]
    public void A_shipped_image_reserves_its_box_and_offers_its_widths(string src, int width, bool eager, string box, string srcsetEntry, string loading)
    {
        var html = Images.Picture(new(Guid.NewGuid(), src, "Alt \"quoted\" <text>"), new ImageSlot(width, "100vw", eager, "x")).ToString()!;

        Assert.That(html, Does.StartWith("<picture><source type=\"image/webp\""));
        Assert.That(html, Does.Contain(box).And.Contain(srcsetEntry).And.Contain(loading));
        Assert.That(html, Does.Contain("alt=\"Alt &quot;quoted&quot; &lt;text&gt;\""), "alt text is encoded");
        Assert.That(html, Does.Not.Contain("/images/641/"));
    }

    public static IEnumerable<TestCaseData> ShippedPicturesInTheirSlots()
    {
        var library = Support.ShippedContent.Library;
        var pictures = library.Clinics.SelectMany(c => new (ClinicKit.Content.Library.MediaImage? Image, ImageSlot Slot)[] { (c.Logo, ImageSlot.Logo), (c.Hero, ImageSlot.Hero) })
            .Concat(library.Articles.SelectMany(a => new[] { ImageSlot.ArticleLead, ImageSlot.Card, ImageSlot.Thumbnail }.Select(slot => (a.Image, Slot: slot))))
            .Where(p => p.Image is not null);
        return pictures.Select(p => new TestCaseData(p.Image!.Src, p.Slot).SetArgDisplayNames(p.Image!.Src, p.Slot.CssClass));
    }

    [TestCaseSource(nameof(ShippedPicturesInTheirSlots))]
    public void Every_file_the_markup_names_is_one_the_export_lists_and_the_head_makes(string src, ImageSlot slot)
    {
        var image = new ClinicKit.Content.Library.MediaImage(Guid.NewGuid(), src, "Alt");
        var named = System.Text.RegularExpressions.Regex.Matches(Images.Picture(image, slot).ToString()!, "/images/[^ \"]+").Select(m => m.Value).Distinct().ToList();
        var listed = Images.PathsOf(image, [slot], icons: slot == ImageSlot.Logo);

        Assert.That(named, Is.Not.Empty);
        Assert.That(listed, Is.SupersetOf(named), "the export writes every file the markup names");
        Assert.That(listed.Select(Images.Get), Has.All.Not.Null, "the head makes every file the export lists");
    }

    [TestCase("/media/ck1rghro/missing.png", TestName = "a file the head does not have")]
    [TestCase("https://example.test/photo.png", TestName = "a file elsewhere")]
    public void An_image_the_head_cannot_serve_renders_nothing(string src)
    {
        Assert.That(Images.Picture(new(Guid.NewGuid(), src, "Alt"), new ImageSlot(640, "100vw", false, "x")).ToString(), Is.Empty);
    }
}
