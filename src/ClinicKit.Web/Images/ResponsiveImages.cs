using System.Text.RegularExpressions;
using ClinicKit.Content.Library;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.FileProviders;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SixLabors.ImageSharp.Processing.Processors.Quantization;

namespace ClinicKit.Web.Images;

/// <summary>One rendition of a media image: its bytes and content type.</summary>
public sealed record ImageRendition(byte[] Bytes, string ContentType);

/// <summary>Where and how big an image is shown: the width its box is given (the file's shape sets the height), the
/// <c>sizes</c> a browser picks a srcset width by (it must match the CSS for <see cref="CssClass"/>), and whether it is
/// fetched first (at the top of the page) or lazily.</summary>
public sealed record ImageSlot(int DisplayWidth, string Sizes, bool Eager, string CssClass)
{
    /// <summary>The clinic's logo in the header, on every page: 48 px (40 px on phones, see site.css).</summary>
    public static ImageSlot Logo { get; } = new(48, "48px", true, "site-logo");

    /// <summary>The home page's hero: beside the promise on wide screens, above it on phones.</summary>
    public static ImageSlot Hero { get; } = new(640, "(min-width: 52rem) 31rem, min(31rem, calc(100vw - 2.5rem))", true, "hero-image");

    /// <summary>An article's picture under its title, in the reading column.</summary>
    public static ImageSlot ArticleLead { get; } = new(664, "(min-width: 44rem) 41.5rem, calc(100vw - 2.5rem)", true, "article-image");

    /// <summary>An article's picture across the top of its card on the home page: two cards a row on wide screens.</summary>
    public static ImageSlot Card { get; } = new(480, "(min-width: 52rem) 32rem, calc(100vw - 5rem)", false, "card-image");

    /// <summary>An article's picture as a small thumbnail beside its title, in the related articles under an article.</summary>
    public static ImageSlot Thumbnail { get; } = new(128, "(max-width: 40rem) 6rem, 8rem", false, "card-thumbnail");

    /// <summary>A reviewer's photo beside their profile on the team page.</summary>
    public static ImageSlot Portrait { get; } = new(160, "(max-width: 40rem) 6rem, 10rem", false, "reviewer-photo");
}

/// <summary>The head's image sizes: <c>/images/{width}/media/{folder}/{file}.{webp|png}</c>, resized from the media file Umbraco
/// stores (umbracoFile's src, <c>/media/{folder}/{file}.png</c>). Only the widths below and only files under media/ are made, so a request costs at most one
/// resize of one known file; renditions are kept in a memory cache with a byte limit.</summary>
public sealed partial class ResponsiveImages(IFileProvider webRoot, IMemoryCache cache)
{
    public const string Prefix = "/images/";

    /// <summary>The widths srcset offers: phone, tablet, laptop and wide screens (and twice the logo's 48 px for 2x screens).</summary>
    public static IReadOnlyList<int> Widths { get; } = [96, 320, 640, 960, 1280, 1600];

    /// <summary>Icon sizes (the favicon and the home-screen icon): the image fitted into a transparent square this wide, as
    /// browsers expect a square icon whatever the logo's shape. PNG only, the format every browser takes for icons.</summary>
    public static IReadOnlyList<int> IconWidths { get; } = [32, 180];

    /// <summary>The width link previews (og:image) are offered at: large enough for a full-width card, far under the 5 MB limits.</summary>
    public const int ShareWidth = 1280;

    /// <summary>The memory the renditions may take; the cache drops the least recently used beyond it.</summary>
    public const long CacheBytes = 32 * 1024 * 1024;

    /// <summary>A rendition's path: the media file's path under <c>/images/{width}</c>, its extension the rendition's format, so a
    /// static host that types files by extension (an exported site) serves WebP as image/webp.</summary>
    public static string UrlFor(string mediaSrc, int width, string format) => $"{Prefix}{width}{Path.ChangeExtension(mediaSrc, format)}";

    /// <summary>The rendition a path names, or null when the path, width, format or file is not one the head makes (a 404).</summary>
    public ImageRendition? Get(string path)
    {
        var match = ImagePath().Match(path);
        if (!match.Success || !int.TryParse(match.Groups["width"].Value, out var width))
        {
            return null;
        }

        var format = match.Groups["format"].Value;
        var icon = IconWidths.Contains(width);
        if (!(Widths.Contains(width) || (icon && format == "png")))
        {
            return null;
        }

        var source = $"media/{match.Groups["folder"].Value}/{match.Groups["file"].Value}.png";
        return cache.GetOrCreate((nameof(ResponsiveImages), source, width, format), entry =>
        {
            var file = webRoot.GetFileInfo(source);
            if (!file.Exists || file.IsDirectory)
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                entry.Size = 1;
                return null;
            }

            var rendition = Render(file, width, format, icon);
            entry.Size = rendition.Bytes.Length;
            return rendition;
        });
    }

    /// <summary>The image's own width and height (read from the file's header once), so markup can reserve its box; null if missing.</summary>
    public Size? SizeOf(string mediaSrc) => cache.GetOrCreate((nameof(SizeOf), mediaSrc), entry =>
    {
        entry.Size = 1;
        var file = webRoot.GetFileInfo(mediaSrc.TrimStart('/'));
        if (!file.Exists || file.IsDirectory)
        {
            return (Size?)null;
        }

        using var stream = file.CreateReadStream();
        var info = Image.Identify(stream);
        return info is null ? null : new Size(info.Width, info.Height);
    });

    /// <summary>A hash of the media file's bytes (what every rendition is made from), or null when the head cannot serve it.</summary>
    public string? FileHash(string mediaSrc)
    {
        if (!Serves(mediaSrc))
        {
            return null;
        }

        var file = webRoot.GetFileInfo(mediaSrc.TrimStart('/'));
        using var stream = file.CreateReadStream();
        var hash = new System.IO.Hashing.XxHash128();
        hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The srcset widths of an image: each listed width under the file's own, and the first at or above it (made
    /// at the file's width, never enlarged); empty when the head cannot serve the file.</summary>
    public IReadOnlyList<int> WidthsOf(string mediaSrc)
    {
        if (!Serves(mediaSrc) || SizeOf(mediaSrc) is not { } size)
        {
            return [];
        }

        return [.. Widths.Where(w => w < size.Width).Append(Widths.Where(w => w >= size.Width).DefaultIfEmpty(Widths[^1]).First()).Distinct()];
    }

    /// <summary>The srcset widths of an image in a slot: those of <see cref="WidthsOf"/> up to twice the slot's width (a 2x
    /// screen), so a thumbnail's markup does not list the 1600 px file.</summary>
    public IReadOnlyList<int> WidthsFor(string mediaSrc, ImageSlot slot)
    {
        var all = WidthsOf(mediaSrc);
        return all.Count == 0 ? [] : [.. all.Where(w => w < 2 * slot.DisplayWidth).Append(all.FirstOrDefault(w => w >= 2 * slot.DisplayWidth, all[^1])).Distinct()];
    }

    /// <summary>Every rendition path a page may reference for this image when it is shown in these slots: both formats at
    /// each slot's srcset widths, its link-preview PNG, and the icon sizes when it is a clinic's logo; so a static export
    /// writes exactly what the pages can name.</summary>
    public IReadOnlyList<string> PathsOf(MediaImage image, IEnumerable<ImageSlot> slots, bool icons)
    {
        if (Share(image) is not { } share)
        {
            return [];
        }

        var widths = slots.SelectMany(slot => WidthsFor(image.Src, slot)).Distinct().Order().ToList();
        return [.. new[] { "webp", "png" }.SelectMany(format => widths.Select(w => UrlFor(image.Src, w, format))).Append(share.Path)
            .Concat(icons ? IconWidths.Select(w => UrlFor(image.Src, w, "png")) : []).Distinct()];
    }

    /// <summary>The PNG rendition a link preview shows (og:image): the srcset width nearest <see cref="ShareWidth"/> from
    /// below the file's size, with its actual width and height; null when the head cannot serve the file.</summary>
    public (string Path, int Width, int Height)? Share(MediaImage image)
    {
        var widths = WidthsOf(image.Src);
        if (widths.Count == 0 || SizeOf(image.Src) is not { } size)
        {
            return null;
        }

        var width = widths.FirstOrDefault(w => w >= ShareWidth, widths[^1]);
        var actual = Math.Min(width, size.Width);
        return (UrlFor(image.Src, width, "png"), actual, (int)Math.Round(actual * (double)size.Height / size.Width));
    }

    /// <summary>The square PNG icon of this size (one of <see cref="IconWidths"/>), or null when the head cannot serve the file.</summary>
    public string? IconPath(MediaImage image, int size) =>
        IconWidths.Contains(size) && WidthsOf(image.Src).Count > 0 ? UrlFor(image.Src, size, "png") : null;

    /// <summary>A <c>&lt;picture&gt;</c> with WebP and PNG srcsets up to the file's width (and twice the slot's), width and height set to the slot's
    /// display width at the file's aspect ratio (so the page does not shift), lazy unless the slot is at the top of the page.
    /// Empty when the head cannot serve the file, so a page never shows an empty box.</summary>
    public IHtmlContent Picture(MediaImage image, ImageSlot slot)
    {
        var encode = System.Text.Encodings.Web.HtmlEncoder.Default;
        var widths = WidthsFor(image.Src, slot);
        if (widths.Count == 0 || SizeOf(image.Src) is not { } size)
        {
            return HtmlString.Empty;
        }

        string Set(string format) => string.Join(", ", widths.Select(w => $"{UrlFor(image.Src, w, format)} {Math.Min(w, size.Width)}w"));
        var height = (int)Math.Round(slot.DisplayWidth * (double)size.Height / size.Width);
        var loading = slot.Eager ? "fetchpriority=\"high\"" : "loading=\"lazy\"";
        var sizes = encode.Encode(slot.Sizes);
        return new HtmlString(
            $"<picture><source type=\"image/webp\" srcset=\"{Set("webp")}\" sizes=\"{sizes}\">" +
            $"<img class=\"{encode.Encode(slot.CssClass)}\" src=\"{UrlFor(image.Src, widths[^1], "png")}\" srcset=\"{Set("png")}\" sizes=\"{sizes}\" " +
            $"width=\"{slot.DisplayWidth}\" height=\"{height}\" alt=\"{encode.Encode(image.AltText)}\" {loading} decoding=\"async\"></picture>");
    }

    /// <summary>Whether the src names a file under media/ that the image paths can address.</summary>
    private static bool Serves(string mediaSrc) =>
        mediaSrc.EndsWith(".png", StringComparison.Ordinal) && ImagePath().IsMatch(UrlFor(mediaSrc, Widths[0], "png"));

    private static readonly OctreeQuantizer PaletteWithoutDither = new(new QuantizerOptions { Dither = null });

    private static ImageRendition Render(IFileInfo file, int width, string format, bool icon)
    {
        using var stream = file.CreateReadStream();
        using var image = Image.Load<Rgba32>(stream);
        if (icon)
        {
            image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(width, width), Mode = ResizeMode.Pad, PadColor = Color.Transparent }));
        }
        else if (image.Width > width)
        {
            // Never enlarge: a 256 px logo asked for at 640 stays 256 px wide.
            image.Mutate(x => x.Resize(width, 0));
        }

        using var output = new MemoryStream();
        if (format == "webp")
        {
            image.Save(output, new WebpEncoder { Quality = 80 });
            return new ImageRendition(output.ToArray(), "image/webp");
        }

        // The PNG is the fallback for a browser without WebP. Octree colours without dithering: Wu's quantizer with dithering
        // (ImageSharp's default) took three to four times the CPU and, on ClinicKit's flat illustrations, made larger files.
        image.Save(output, new PngEncoder { CompressionLevel = PngCompressionLevel.BestCompression, Quantizer = PaletteWithoutDither });
        return new ImageRendition(output.ToArray(), "image/png");
    }

    // Lower-case names only, as Umbraco writes media folders and ClinicKit's files: no dots but the extension, so no "..".
    // The media files are PNG (the only source the paths address); the extension asks for the rendition's format.
    [GeneratedRegex(@"^/images/(?<width>[0-9]{2,4})/media/(?<folder>[a-z0-9]{1,16})/(?<file>[a-z0-9-]{1,80})\.(?<format>webp|png)$")]
    private static partial Regex ImagePath();
}

/// <summary>Serves <see cref="ResponsiveImages"/> before the page pipeline: a cacheable image or a 404, never a page.</summary>
public sealed class ResponsiveImageMiddleware(RequestDelegate next, ResponsiveImages images)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/images", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var rendition = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? images.Get(context.Request.Path.Value ?? "")
            : null;
        if (rendition is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = rendition.ContentType;
        context.Response.ContentLength = rendition.Bytes.Length;
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(rendition.Bytes, context.RequestAborted);
        }
    }
}
