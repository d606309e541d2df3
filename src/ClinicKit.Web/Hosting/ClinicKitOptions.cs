namespace ClinicKit.Web.Hosting;

/// <summary>Configuration under <c>ClinicKit</c> (the uSync source has its own section, <c>ClinicKit:Usync</c>).</summary>
public sealed class ClinicKitOptions
{
    public const string Section = "ClinicKit";

    /// <summary>The scheme of the absolute URLs pages publish (canonical links, sitemaps, Open Graph, JSON-LD).</summary>
    public string PublicScheme { get; set; } = "https";

    /// <summary>How long a rendered page may be served from memory; content changes evict pages sooner.</summary>
    public int PageCacheSeconds { get; set; } = 3600;
}
