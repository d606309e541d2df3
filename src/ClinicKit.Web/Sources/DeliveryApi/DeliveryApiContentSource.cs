using System.Collections.Concurrent;
using System.Text.Json;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Availability;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Reads a live Umbraco 17 through its Content Delivery API v2, for the same templates and pages the uSync source
/// feeds.</summary>
/// <remarks>
/// <para><b>Request plan.</b> A clinic is two requests: its root (<c>GET content/item/</c> with <c>Start-Item</c> naming the
/// root, from <c>ClinicKit:DeliveryApi:Hosts</c>) and its children with everything their pages show, expanded in the same
/// answer (<c>GET content?fetch=children:{root}&amp;sort=sortOrder:asc&amp;expand=properties[article[properties[body[properties[citations]]]]]</c>):
/// each clinic article, the library article it picks, and every citation that article's claim blocks pick. So a cold home
/// page, article page or sitemap costs 2 requests, and every other page of that clinic costs none until something changes.
/// A clinic whose canonical strategy is "Primary clinic" also needs the other clinics (which one shows an article first):
/// one more request for the clinic list (<c>content?filter=contentType:clinicKitClinicSite&amp;sort=sortOrder:asc</c>) and 2 per other
/// configured clinic, once. After a webhook, only what it named is fetched again: one article (<c>content/item/{id}</c> with
/// its citations expanded), one batch of citations (<c>content/items?id=…&amp;id=…</c>), or one clinic's children.</para>
/// <para><b>Failures.</b> Every answer is cached (<see cref="ContentStore"/>); when Umbraco fails, a stale copy stands in
/// (the response says so in <c>X-ClinicKit-Stale</c>) and only content never fetched gives a 503.</para>
/// </remarks>
public sealed partial class DeliveryApiContentSource : IContentSource
{
    private const string ClinicArticleExpand = DeliveryApiRequests.ClinicArticleExpand;
    private const string ArticleExpand = DeliveryApiRequests.ArticleExpand;

    private readonly DeliveryApiRequests _requests;
    private readonly ContentStore _store;
    private readonly DeliveryApiOptions _options;
    private readonly ILogger<DeliveryApiContentSource> _logger;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, string> _hosts;
    private readonly IReadOnlyDictionary<string, string> _labels;
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyDictionary<string, ContentStore.Held>>>> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, ClinicMemo> _clinics = new();
    private long _lastStaleLog;

    internal DeliveryApiContentSource(
        DeliveryApiClient client, ContentStore store, IOptions<DeliveryApiOptions> options, TimeProvider time, ILogger<DeliveryApiContentSource> logger)
    {
        _store = store;
        _options = options.Value;
        _requests = new DeliveryApiRequests(client, _options);
        _time = time;
        _logger = logger;
        _hosts = _options.Hosts.ToDictionary(h => ContentLibrary.HostOf(h.Key), h => h.Value.Trim(), StringComparer.OrdinalIgnoreCase);
        _labels = new Dictionary<string, string>(_options.Labels, StringComparer.Ordinal);
        store.Changed += change => Changed?.Invoke(change);
    }

    public event Action<ContentChange>? Changed;

    public async ValueTask<ClinicSite?> FindClinicByHostAsync(string host, CancellationToken cancellationToken = default)
    {
        if (!_hosts.TryGetValue(ContentLibrary.HostOf(host), out var startItem))
        {
            return null;
        }

        var root = await ResolveAsync(EntryKeys.Root(startItem), "root:" + startItem, () => _requests.RootAsync(startItem));
        return root.Entry.IsAbsent ? null : await ClinicAsync(RootId(root), null);
    }

    public async ValueTask<IReadOnlyList<ClinicSite>> GetClinicsAsync(CancellationToken cancellationToken = default)
    {
        var order = await ResolveAsync(EntryKeys.Clinics, EntryKeys.Clinics, _requests.ClinicListAsync);
        var ids = order.Mapped(IdList);
        var clinics = await Task.WhenAll(ids.Select(async (id, index) => await ClinicAsync(id, index)));
        return clinics.OfType<ClinicSite>().ToList();
    }

    public async ValueTask<Article?> GetArticleAsync(Guid key, CancellationToken cancellationToken = default) =>
        (await GetArticlesAsync([key], cancellationToken)).FirstOrDefault();

    public async ValueTask<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        var items = await ItemsAsync(keys, ArticleExpand);
        return items.Where(h => Item(h)?.ContentType == DocumentTypes.Article.Alias)
            .Select(h => h.Mapped(e => DeliveryApiMapper.Article(ApiItem.FromJson(e.Payload)!)))
            .ToList();
    }

    public async ValueTask<IReadOnlyList<Citation>> GetCitationsAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        var items = await ItemsAsync(keys, expand: null);
        return items.Where(h => Item(h)?.ContentType == DocumentTypes.Citation.Alias)
            .Select(h => h.Mapped(e => DeliveryApiMapper.Citation(ApiItem.FromJson(e.Payload)!)))
            .ToList();
    }

    /// <summary>Labels from <c>ClinicKit:DeliveryApi:Labels</c>: the Delivery API has no dictionary endpoint.</summary>
    public ValueTask<IReadOnlyDictionary<string, string>> GetDictionaryAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_labels);

    /// <summary>A clinic: its root, its children (clinic articles) and the hosts configured for it; null when its root is
    /// not published.</summary>
    private async Task<ClinicSite?> ClinicAsync(Guid rootId, int? sortOrder)
    {
        var rootHeld = (await ResolveItemsAsync([rootId], null))[0];
        if (Item(rootHeld) is not { } root || root.ContentType != DocumentTypes.ClinicSite.Alias)
        {
            return null;
        }

        var hosts = HostsOf(root);
        ContentStore.Held? children = null;
        IReadOnlyList<ContentStore.Held> childItems = [];
        if (hosts.Count > 0)
        {
            // A clinic no host is configured for is never served: its articles are not fetched.
            children = await ResolveAsync(EntryKeys.Children(rootId), EntryKeys.Children(rootId), () => _requests.ChildrenAsync(rootId));
            childItems = await ResolveItemsAsync(children.Mapped(IdList), ClinicArticleExpand);
        }

        sortOrder ??= KnownClinicOrder(rootId);

        // Built from exactly the same cache entries as last time: the same clinic (every uncached page asks for it).
        if (_clinics.TryGetValue(rootId, out var memo) && memo.Matches(rootHeld, children, childItems, sortOrder))
        {
            return memo.Clinic;
        }

        var articles = childItems
            .Where(h => Item(h)?.ContentType == DocumentTypes.ClinicArticle.Alias)
            .Select((h, index) => h.Mapped(e => DeliveryApiMapper.ClinicArticle(ApiItem.FromJson(e.Payload)!, 0)) with { SortOrder = index })
            .ToList();
        var clinic = DeliveryApiMapper.ClinicSite(root, hosts, articles, sortOrder ?? 0);
        _clinics[rootId] = new ClinicMemo(rootHeld, children, childItems, sortOrder, clinic);
        return clinic;
    }

    private sealed record ClinicMemo(
        ContentStore.Held Root, ContentStore.Held? Children, IReadOnlyList<ContentStore.Held> Items, int? SortOrder, ClinicSite Clinic)
    {
        public bool Matches(ContentStore.Held root, ContentStore.Held? children, IReadOnlyList<ContentStore.Held> items, int? sortOrder) =>
            ReferenceEquals(Root, root) && ReferenceEquals(Children, children) && SortOrder == sortOrder
            && Items.Count == items.Count && Items.Zip(items).All(p => ReferenceEquals(p.First, p.Second));
    }

    /// <summary>The clinic's position in the content tree, when the clinic list has been fetched (no request for it here).</summary>
    private int? KnownClinicOrder(Guid rootId)
    {
        var held = _store.PeekLocal(EntryKeys.Clinics);
        var index = held is null ? -1 : held.Mapped(IdList).IndexOf(rootId);
        return index >= 0 ? index : null;
    }

    /// <summary>The configured hosts whose Start-Item names this root (by GUID or URL segment), in ordinal order.</summary>
    private IReadOnlyList<string> HostsOf(ApiItem root) =>
        _hosts.Where(h => Guid.TryParse(h.Value, out var id) ? id == root.Id : string.Equals(h.Value, root.StartItemPath, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The items with these keys that are there (published), in the order asked.</summary>
    private async Task<IReadOnlyList<ContentStore.Held>> ItemsAsync(IReadOnlyCollection<Guid> keys, string? expand) =>
        (await ResolveItemsAsync(keys.Distinct().ToList(), expand)).Where(h => !h.Entry.IsAbsent).ToList();

    /// <summary>Each item's entry (possibly "absent"), fetching every one that is not fresh in one batch request.</summary>
    private async Task<IReadOnlyList<ContentStore.Held>> ResolveItemsAsync(IReadOnlyList<Guid> keys, string? expand)
    {
        var held = new ContentStore.Held?[keys.Count];
        var found = new ContentStore.Found?[keys.Count];
        var pending = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            found[i] = await _store.GetAsync(EntryKeys.Item(keys[i]));
            if (found[i] is { IsFresh: true } fresh)
            {
                held[i] = fresh.Held;
            }
            else
            {
                pending.Add(i);
            }
        }

        if (pending.Count > 0)
        {
            var ids = pending.Select(i => keys[i]).Distinct().Order().ToList();
            try
            {
                var stored = await FetchOnceAsync("items:" + string.Join(',', ids) + "|" + expand, () => _requests.ItemsAsync(ids, expand));
                foreach (var i in pending)
                {
                    held[i] = stored[EntryKeys.Item(keys[i])];
                }
            }
            catch (UmbracoUnavailableException e)
            {
                foreach (var i in pending)
                {
                    held[i] = StandIn(EntryKeys.Item(keys[i]), found[i], e);
                }
            }
        }

        return held.Select(h => h!).ToList();
    }

    /// <summary>One entry: the fresh copy, else a new fetch, else (Umbraco failing) the stale copy, else a 503.</summary>
    private async Task<ContentStore.Held> ResolveAsync(string key, string fetchKey, Func<Task<IEnumerable<KeyValuePair<string, byte[]>>>> fetch)
    {
        var found = await _store.GetAsync(key);
        if (found is { IsFresh: true })
        {
            return found.Held;
        }

        try
        {
            return (await FetchOnceAsync(fetchKey, fetch))[key];
        }
        catch (UmbracoUnavailableException e)
        {
            return StandIn(key, found, e);
        }
    }

    private ContentStore.Held StandIn(string key, ContentStore.Found? found, UmbracoUnavailableException e)
    {
        if (found is null)
        {
            throw new ContentUnavailableException(e.Reason, $"{key}: {e.Message}", e);
        }

        ContentFreshness.Current?.MarkStale(e.Reason);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var last = Interlocked.Read(ref _lastStaleLog);

        // One line per ten seconds is enough to tell an operator; a busy site would otherwise log every request.
        if (now - last >= 10_000 && Interlocked.CompareExchange(ref _lastStaleLog, now, last) == last)
        {
            LogServingStale(e.Reason, key, TimeSpan.FromMilliseconds(now - found.Held.Entry.FetchedAtMs).TotalMinutes, e.Message);
        }

        return found.Held;
    }

    /// <summary>Runs a fetch once however many requests need it at the same moment, and caches what it brought.</summary>
    private async Task<IReadOnlyDictionary<string, ContentStore.Held>> FetchOnceAsync(string fetchKey, Func<Task<IEnumerable<KeyValuePair<string, byte[]>>>> fetch)
    {
        var lazy = _inFlight.GetOrAdd(fetchKey, key => new Lazy<Task<IReadOnlyDictionary<string, ContentStore.Held>>>(async () =>
        {
            try
            {
                var epoch = await _store.EpochAsync();
                return await _store.PutAsync(await fetch(), epoch);
            }
            finally
            {
                _inFlight.TryRemove(key, out _);
            }
        }));
        return await lazy.Value;
    }

    private static ApiItem? Item(ContentStore.Held held) =>
        held.Entry.IsAbsent ? null : held.Mapped(e => ApiItem.FromJson(e.Payload) ?? throw new JsonException("a cached item is not a content item"));

    private static Guid RootId(ContentStore.Held held) => JsonSerializer.Deserialize<Guid>(held.Entry.Payload);

    private static List<Guid> IdList(StoredEntry entry) =>
        entry.IsAbsent ? [] : JsonSerializer.Deserialize<List<Guid>>(entry.Payload) ?? [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Umbraco is unavailable ({Reason}); ClinicKit serves the cached copy of {Entry} from {AgeMinutes:0.#} minutes ago ({Detail})")]
    private partial void LogServingStale(string reason, string entry, double ageMinutes, string detail);
}
