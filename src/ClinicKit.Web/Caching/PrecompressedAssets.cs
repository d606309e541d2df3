using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace ClinicKit.Web.Caching;

/// <summary>The head's static files (under <c>/assets</c>), read and compressed once at start and then served from memory
/// exactly as cached pages are: Brotli or gzip by <c>Accept-Encoding</c>, a strong ETag, Last-Modified, Content-Length.</summary>
/// <remarks>Files bigger than <see cref="MaxBytes"/>, and files added to the web root after start, are left to the
/// static-file middleware behind this one.</remarks>
public sealed class PrecompressedAssets
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly Dictionary<string, CachedResponse> _files = new(StringComparer.Ordinal);

    /// <param name="files">Where the files are read from (the web root, then the embedded wwwroot).</param>
    /// <param name="paths">Every path to offer, relative to the prefix (<c>/css/site.css</c>).</param>
    public PrecompressedAssets(IFileProvider files, IEnumerable<string> paths, string cacheControl)
    {
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            var file = files.GetFileInfo(path);
            if (!file.Exists || file.IsDirectory || file.Length > MaxBytes || !ContentTypes.TryGetContentType(path, out var contentType))
            {
                continue;
            }

            using var stream = file.CreateReadStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var body = copy.ToArray();
            var forms = Compressible(contentType) ? CompressedForms.Of(body) : CompressedForms.AsIs(body);
            _files[path] = new CachedResponse(contentType, cacheControl, forms, file.LastModified, null);
        }
    }

    public IReadOnlyCollection<string> Paths => _files.Keys;

    public bool TryGet(string path, out CachedResponse file) => _files.TryGetValue(path, out file!);

    /// <summary>Every file under a folder of a file provider, as <c>/a/b.css</c>.</summary>
    public static IEnumerable<string> Under(IFileProvider files, string folder = "")
    {
        foreach (var entry in files.GetDirectoryContents(folder))
        {
            var path = folder + "/" + entry.Name;
            if (entry.IsDirectory)
            {
                foreach (var inner in Under(files, path))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static bool Compressible(string contentType) =>
        contentType.StartsWith("text/", StringComparison.Ordinal)
        || contentType is "application/javascript" or "application/json" or "application/xml" or "image/svg+xml" or "application/manifest+json";
}

/// <summary>Serves <see cref="PrecompressedAssets"/> under their prefix; anything else goes on.</summary>
internal sealed class PrecompressedAssetsMiddleware(RequestDelegate next, PrecompressedAssets assets, PathString prefix)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments(prefix, StringComparison.Ordinal, out var rest)
            && rest.Value is { } path
            && assets.TryGet(path, out var file))
        {
            return file.WriteAsync(context);
        }

        return next(context);
    }
}
