namespace ClinicKit.Web.Export;

/// <summary>Where each page of a clinic goes on disk, so a CDN serves it at the URL the head uses.</summary>
public static class StaticSite
{
    /// <summary><c>/</c> → <c>index.html</c>; <c>/articles/x</c> (no extension) → <c>articles/x/index.html</c>; files keep their path.</summary>
    public static string FileFor(string path)
    {
        var trimmed = Uri.UnescapeDataString(path.Split('?', '#')[0]).TrimStart('/');
        if (trimmed.Length == 0 || trimmed.EndsWith('/'))
        {
            return trimmed + "index.html";
        }

        return Path.HasExtension(trimmed) ? trimmed : trimmed + "/index.html";
    }
}
