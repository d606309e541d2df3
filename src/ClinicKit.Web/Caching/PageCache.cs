using ClinicKit.Content.Library;

namespace ClinicKit.Web.Caching;

/// <summary>Rendered pages are kept in the page cache (<see cref="PageCacheMiddleware"/>), keyed by host and path, and tagged
/// with every content key they show, so a change to one citation can drop exactly the pages that cite it; the same keys go to
/// CDNs as <c>Surrogate-Key</c>/<c>Cache-Tag</c>.</summary>
public static class PageCache
{
    /// <summary>Every page: dropped when the whole content is reloaded.</summary>
    public const string AllTag = "clinickit";

    public static string TagFor(Guid contentKey) => $"clinickit:{contentKey:N}";

    /// <summary>Records that the page being rendered shows these content items.</summary>
    public static void DependsOn(HttpContext context, IEnumerable<Guid> keys) => context.Features.Get<PageCapture>()?.DependsOn(keys);

    public static void DependsOn(HttpContext context, params Guid[] keys) => DependsOn(context, (IEnumerable<Guid>)keys);

    /// <summary>Records, for the request being served if any, that its page shows these articles (their dates make Last-Modified).</summary>
    public static void Shows(IEnumerable<Article> articles)
    {
        if (PageCapture.Current is { } capture)
        {
            foreach (var article in articles)
            {
                capture.Shows(article);
            }
        }
    }
}
