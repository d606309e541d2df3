using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;

namespace ClinicKit.Web.Sites;

/// <summary>The head's own static files (wwwroot), embedded in the assembly so the head serves them wherever it is hosted:
/// <c>dotnet run</c> from any folder, a test, or the CLI's in-process exporter.</summary>
public sealed class SiteAssets
{
    public const string StylesheetPath = "/css/site.css";

    public SiteAssets()
    {
        var assembly = typeof(SiteAssets).Assembly;
        Files = new EmbeddedFileProvider(assembly, assembly.GetName().Name + ".wwwroot");
        StylesheetUrl = PublicUrls.AssetPrefix + StylesheetPath + "?v=" + Version(Files.GetFileInfo(StylesheetPath));
    }

    public IFileProvider Files { get; }

    /// <summary>The site stylesheet's URL, versioned by its content so a new build is never served a stale copy.</summary>
    public string StylesheetUrl { get; }

    /// <summary>Every embedded asset's public path (under <see cref="PublicUrls.AssetPrefix"/>).</summary>
    public IReadOnlyList<string> Paths { get; } =
    [
        .. typeof(SiteAssets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(typeof(SiteAssets).Assembly.GetName().Name + ".wwwroot.", StringComparison.Ordinal))
            .Select(ToPath),
    ];

    private static string ToPath(string resource)
    {
        // Embedded names flatten folders into dots: "ClinicKit.Web.wwwroot.css.site.css" is /css/site.css.
        var name = resource[(typeof(SiteAssets).Assembly.GetName().Name + ".wwwroot.").Length..];
        var extension = name.LastIndexOf('.');
        var folders = name[..extension].Split('.');
        return PublicUrls.AssetPrefix + "/" + string.Join('/', folders[..^1].Append(folders[^1] + name[extension..]));
    }

    private static string Version(IFileInfo file)
    {
        if (!file.Exists)
        {
            return "0";
        }

        using var stream = file.CreateReadStream();
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    }
}
