using ClinicKit.Content.Library;
using ClinicKit.Web.Hosting;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sites;

/// <summary>The URLs a clinic publishes: site paths, and absolute URLs on the clinic's first domain.</summary>
public sealed class PublicUrls(IOptions<ClinicKitOptions> options)
{
    public const string Home = "/";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string ClinicStylesheet = "/clinic.css";
    public const string NotFound = "/404.html";
    public const string AssetPrefix = "/assets";

    private readonly string _scheme = string.IsNullOrWhiteSpace(options.Value.PublicScheme) ? "https" : options.Value.PublicScheme.Trim().TrimEnd(':', '/');

    public static string ArticlePath(ClinicArticle clinicArticle) => "/articles/" + Uri.EscapeDataString(clinicArticle.Slug);

    /// <summary>The clinic's public host: its first domain, without scheme, port or path.</summary>
    public static string? HostOf(ClinicSite clinic) => clinic.Hosts.Select(ContentLibrary.HostOf).FirstOrDefault(h => h.Length > 0);

    public string? Absolute(ClinicSite clinic, string path) => HostOf(clinic) is { } host ? $"{_scheme}://{host}{path}" : null;

}
