using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.FileProviders;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace ClinicKit.Web.Images;

/// <summary>One rendition of a media image: its bytes and content type.</summary>
public sealed record ImageRendition(byte[] Bytes, string ContentType);

/// <summary>The head's image sizes: <c>/images/{width}/{webp|png}/media/{folder}/{file}.png</c>, resized from the media file Umbraco
/// stores (umbracoFile's src). Only the widths below and only files under media/ are made, so a request costs at most one
/// resize of one known file; renditions are kept in a memory cache with a byte limit.</summary>
public sealed partial class ResponsiveImages(IFileProvider webRoot, IMemoryCache cache)
{
    public const string Prefix = "/images/";

    /// <summary>The widths srcset offers: phone, tablet, laptop and wide screens (and twice the logo's 48 px for 2x screens).</summary>
    public static IReadOnlyList<int> Widths { get; } = [96, 320, 640, 960, 1280, 1600];

    /// <summary>The memory the renditions may take; the cache drops the least recently used beyond it.</summary>
    public const long CacheBytes = 32 * 1024 * 1024;

    public static string UrlFor(string mediaSrc, int width, string format) => $"{Prefix}{width}/{format}{mediaSrc}";

    /// <summary>The rendition a path names, or null when the path, width, format or file is not one the head makes (a 404).</summary>
    public ImageRendition? Get(string path)
    {
        var match = ImagePath().Match(path);
        if (!match.Success || !int.TryParse(match.Groups["width"].Value, out var width) || !Widths.Contains(width))
        {
            return null;
        }

        var format = match.Groups["format"].Value;
        var source = $"media/{match.Groups["folder"].Value}/{match.Groups["file"].Value}";
        return cache.GetOrCreate((nameof(ResponsiveImages), source, width, format), entry =>
        {
            var file = webRoot.GetFileInfo(source);
            if (!file.Exists || file.IsDirectory)
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
                entry.Size = 1;
                return null;
            }

            var rendition = Render(file, width, format);
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

    /// <summary>A <c>&lt;picture&gt;</c> with WebP and PNG srcsets up to the file's width, width and height set to
    /// <paramref name="displayWidth"/> at the file's aspect ratio (so the page does not shift), lazy unless it is the hero.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent Picture(ClinicKit.Content.Library.MediaImage image, int displayWidth, string sizes, bool eager, string cssClass)
    {
        var encode = System.Text.Encodings.Web.HtmlEncoder.Default;
        if (SizeOf(image.Src) is not { } size || !ImagePath().IsMatch(UrlFor(image.Src, Widths[0], "png")))
        {
            return Microsoft.AspNetCore.Html.HtmlString.Empty;
        }

        var widths = Widths.Where(w => w < size.Width).Append(Widths.Where(w => w >= size.Width).DefaultIfEmpty(Widths[^1]).First()).Distinct().ToList();
        string Set(string format) => string.Join(", ", widths.Select(w => $"{UrlFor(image.Src, w, format)} {Math.Min(w, size.Width)}w"));
        var height = (int)Math.Round(displayWidth * (double)size.Height / size.Width);
        var loading = eager ? "fetchpriority=\"high\"" : "loading=\"lazy\"";
        return new Microsoft.AspNetCore.Html.HtmlString(
            $"<picture><source type=\"image/webp\" srcset=\"{Set("webp")}\" sizes=\"{encode.Encode(sizes)}\">" +
            $"<img class=\"{encode.Encode(cssClass)}\" src=\"{UrlFor(image.Src, widths[^1], "png")}\" srcset=\"{Set("png")}\" sizes=\"{encode.Encode(sizes)}\" " +
            $"width=\"{displayWidth}\" height=\"{height}\" alt=\"{encode.Encode(image.AltText)}\" {loading} decoding=\"async\"></picture>");
    }

    private static ImageRendition Render(IFileInfo file, int width, string format)
    {
        using var stream = file.CreateReadStream();
        using var image = Image.Load(stream);
        // Never enlarge: a 256 px logo asked for at 640 stays 256 px wide.
        if (image.Width > width)
        {
            image.Mutate(x => x.Resize(width, 0));
        }

        using var output = new MemoryStream();
        if (format == "webp")
        {
            image.Save(output, new WebpEncoder { Quality = 80 });
            return new ImageRendition(output.ToArray(), "image/webp");
        }

        image.Save(output, new PngEncoder { CompressionLevel = PngCompressionLevel.BestCompression });
        return new ImageRendition(output.ToArray(), "image/png");
    }

    // Lower-case names only, as Umbraco writes media folders and ClinicKit's files: no dots but the extension, so no "..".
    [GeneratedRegex(@"^/images/(?<width>[0-9]{2,4})/(?<format>webp|png)/media/(?<folder>[a-z0-9]{1,16})/(?<file>[a-z0-9-]{1,80}\.png)$")]
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
