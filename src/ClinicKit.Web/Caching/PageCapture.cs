using ClinicKit.Content.Library;

namespace ClinicKit.Web.Caching;

/// <summary>What the page being rendered shows, collected while it renders: the content keys it depends on (the page cache's
/// tags and the CDN's surrogate keys), the newest date of the content it shows (Last-Modified), and whether it may be stored.</summary>
/// <remarks>Set per request by <see cref="PageCacheMiddleware"/> and reachable from the page builders through
/// <see cref="Current"/> (it flows into every await below the middleware), so a builder can note the articles it shows
/// without knowing about HTTP; outside a request (the exporter) there is none and noting is a no-op.</remarks>
public sealed class PageCapture
{
    private static readonly AsyncLocal<PageCapture?> CurrentRequest = new();
    private readonly HashSet<Guid> _keys = [];
    private readonly Lock _lock = new();
    private DateTimeOffset? _modified;

    public static PageCapture? Current
    {
        get => CurrentRequest.Value;
        internal set => CurrentRequest.Value = value;
    }

    /// <summary>The content keys, in the order first noted.</summary>
    public IReadOnlyList<Guid> Keys
    {
        get
        {
            lock (_lock)
            {
                return [.. _keys];
            }
        }
    }

    public DateTimeOffset? Modified
    {
        get
        {
            lock (_lock)
            {
                return _modified;
            }
        }
    }

    /// <summary>Why the response must not be stored (it was rendered from a stale copy), or null.</summary>
    public string? NotStoredBecause { get; private set; }

    public void DependsOn(IEnumerable<Guid> keys)
    {
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _keys.Add(key);
            }
        }
    }

    /// <summary>Notes that the page shows this article: its update date and its last medical review count for Last-Modified.</summary>
    public void Shows(Article article)
    {
        Saw(article.UpdateDate is { } updated ? new DateTimeOffset(DateTime.SpecifyKind(updated, updated.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : updated.Kind)) : null);
        Saw(article.Review.LastReviewed is { } reviewed ? new DateTimeOffset(reviewed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
    }

    public void DoNotStore(string reason) => NotStoredBecause ??= reason;

    private void Saw(DateTimeOffset? date)
    {
        if (date is not { } d)
        {
            return;
        }

        lock (_lock)
        {
            if (_modified is null || d > _modified)
            {
                _modified = d;
            }
        }
    }
}
