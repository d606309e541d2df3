using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Caching;

/// <summary>The content keys a response shows, as a CDN purges by them: <c>Surrogate-Key</c> (Fastly, Akamai, Varnish
/// setups; space-separated) and <c>Cache-Tag</c> (Cloudflare; comma-separated). Each content item's key is its GUID in 32
/// hex digits; every response also carries <see cref="PageCache.AllTag"/>.</summary>
public static class SurrogateKeyHeaders
{
    public const string SurrogateKey = "Surrogate-Key";
    public const string CacheTag = "Cache-Tag";

    /// <summary>Carried instead of the keys by a response that shows more than <see cref="MaxLength"/> allows (a home page
    /// listing hundreds of articles); every keyed purge names it too, so such a page is dropped by any change.</summary>
    public const string ManyTag = "clinickit-many";

    /// <summary>Fastly and Cloudflare both stop reading the header at 16 KB.</summary>
    public const int MaxLength = 16 * 1024;

    public static string KeyFor(Guid contentKey) => contentKey.ToString("N");

    /// <summary>The <c>Surrogate-Key</c> value for a response showing these content items.</summary>
    public static string For(IReadOnlyCollection<Guid> keys)
    {
        if (PageCache.AllTag.Length + keys.Count * 33 > MaxLength)
        {
            return PageCache.AllTag + " " + ManyTag;
        }

        return string.Join(' ', keys.Select(KeyFor).Prepend(PageCache.AllTag));
    }

    /// <summary>The tags a CDN is asked to purge after a change.</summary>
    public static IReadOnlyList<string> PurgeTags(ContentChange change) =>
        change.Everything ? [PageCache.AllTag] : [.. change.Keys.Select(KeyFor), ManyTag];
}
