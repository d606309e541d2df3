namespace ClinicKit.Web.Caching;

/// <summary>The caching headers the head sends, and the CDN purge hook (<c>ClinicKit:HttpCaching</c>).</summary>
public sealed class HttpCachingOptions
{
    public const string Section = "ClinicKit:HttpCaching";

    /// <summary>Cache-Control of every page (home, article, sitemap, robots), for browsers and any cache; a response that sets
    /// its own (<c>/clinic.css</c>: <c>public, max-age=300</c>) keeps it.</summary>
    public string CacheControl { get; set; } = "public, max-age=60, stale-while-revalidate=600";

    /// <summary>Added to pages' Cache-Control as <c>s-maxage</c>: how long a CDN or shared proxy may keep a page (a purge drops
    /// it sooner); 0 leaves it out, so shared caches use <see cref="CacheControl"/> too.</summary>
    public int SharedMaxAgeSeconds { get; set; }

    /// <summary>Cache-Control of a clinic's 404 page and of an unknown host's 404. Browsers ask again every time (publishing,
    /// or <c>clinickit new-site</c>, can fill the path, and nothing can purge a browser); a CDN may keep it a minute, and is
    /// purged by the clinic's key or by a full reload.</summary>
    public string NotFoundCacheControl { get; set; } = "public, max-age=0, s-maxage=60";

    /// <summary>Cache-Control of the head's static files (<c>/assets/…</c>; the site stylesheet's URL carries its hash).</summary>
    public string AssetCacheControl { get; set; } = "public, max-age=86400";

    public CdnPurgeOptions Purge { get; set; } = new();

    /// <summary>The pages' Cache-Control as sent.</summary>
    public string PageCacheControl() =>
        SharedMaxAgeSeconds > 0 ? $"{CacheControl}, s-maxage={SharedMaxAgeSeconds}" : CacheControl;
}

/// <summary>Where to tell a CDN which content changed (<c>ClinicKit:HttpCaching:Purge</c>); off when <see cref="Url"/> is empty.</summary>
public sealed class CdnPurgeOptions
{
    /// <summary>Receives <c>POST {"tags": [...]}</c> (Cloudflare's purge_cache body) with the tags also in a
    /// <c>Surrogate-Key</c> header (Fastly's batch purge).</summary>
    public string Url { get; set; } = "";

    /// <summary>Headers sent with every purge, for example <c>Authorization: Bearer …</c> or <c>Fastly-Key: …</c>.</summary>
    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public double TimeoutSeconds { get; set; } = 5;
}
