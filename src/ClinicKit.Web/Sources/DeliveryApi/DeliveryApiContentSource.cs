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
/// its citations expanded), one citation (<c>content/item/{id}</c>), or one clinic's children.</para>
/// <para><b>Failures.</b> Every answer is cached (<see cref="ContentCache"/>); when Umbraco fails, or answers with content of
/// the wrong shape, the last good copy stands in (<see cref="StandIns"/>; the answer carries its <see cref="Staleness"/>,
/// which the response shows in <c>X-ClinicKit-Stale</c>) and only content never fetched gives a 503.</para>
/// </remarks>
public sealed class DeliveryApiContentSource : IContentSource
{
    private const string ClinicArticleExpand = DeliveryApiRequests.ClinicArticleExpand;
    private const string ArticleExpand = DeliveryApiRequests.ArticleExpand;
    private const string InvalidContent = "invalid-content";

    private readonly DeliveryApiRequests _requests;
    private readonly RefusedContent _refused;
    private readonly ContentCache _cache;
    private readonly StandIns _entries;
    private readonly ContentInvalidations _invalidations;
    private readonly DeliveryApiOptions _options;
    private readonly Dictionary<string, string> _hosts;
    private readonly IReadOnlyDictionary<string, string> _labels;
    private readonly ConcurrentDictionary<Guid, ClinicMemo> _clinics = new();

    internal DeliveryApiContentSource(
        DeliveryApiRequests requests, StandIns entries, RefusedContent refused, ContentCache cache, ContentInvalidations invalidations, IOptions<DeliveryApiOptions> options)
    {
        _cache = cache;
        _entries = entries;
        _invalidations = invalidations;
        _options = options.Value;
        _requests = requests;
        _refused = refused;
        _hosts = _options.Hosts.ToDictionary(h => ContentLibrary.HostOf(h.Key), h => h.Value.Trim(), StringComparer.OrdinalIgnoreCase);
        _labels = new Dictionary<string, string>(_options.Labels, StringComparer.Ordinal);
    }

    public event Action<ContentChange>? Changed
    {
        add => _invalidations.Changed += value;
        remove => _invalidations.Changed -= value;
    }

    public async ValueTask<Sourced<ClinicSite?>> FindClinicByHostAsync(string host, SourceOutage outage, CancellationToken cancellationToken = default)
    {
        if (!_hosts.TryGetValue(ContentLibrary.HostOf(host), out var startItem))
        {
            return Sourced.Current<ClinicSite?>(null);
        }

        var root = await _entries.ResolveAsync(EntryKeys.Root(startItem), () => _requests.RootAsync(startItem), outage);
        if (root.Value.IsAbsent)
        {
            return new Sourced<ClinicSite?>(null, root.Stale);
        }

        var clinic = await ClinicAsync(RootId(root.Value), null, outage);
        return new Sourced<ClinicSite?>(clinic.Value, Staleness.Of(root.Stale, clinic.Stale));
    }

    public async ValueTask<Sourced<IReadOnlyList<ClinicSite>>> GetClinicsAsync(SourceOutage outage, CancellationToken cancellationToken = default)
    {
        var order = await _entries.ResolveAsync(EntryKeys.Clinics, _requests.ClinicListAsync, outage);
        var ids = order.Value.Mapped(IdList);
        var clinics = await Task.WhenAll(ids.Select(async (id, index) =>
        {
            try
            {
                return await ClinicAsync(id, index, outage);
            }
            catch (ContentUnavailableException e) when (e.Clinic is not null)
            {
                // A clinic whose pages were refused with no good copy is not served; the others stay up.
                return Sourced.Current<ClinicSite?>(null);
            }
        }));
        return new Sourced<IReadOnlyList<ClinicSite>>(
            clinics.Select(c => c.Value).OfType<ClinicSite>().ToList(), Staleness.Of(clinics.Select(c => c.Stale).Prepend(order.Stale)));
    }

    public async ValueTask<Sourced<Article?>> GetArticleAsync(Guid key, SourceOutage outage, CancellationToken cancellationToken = default)
    {
        var articles = await GetArticlesAsync([key], outage, cancellationToken);
        return new Sourced<Article?>(articles.Value.FirstOrDefault(), articles.Stale);
    }

    public async ValueTask<Sourced<IReadOnlyList<Article>>> GetArticlesAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default)
    {
        var items = await ItemsAsync(keys, ArticleExpand, outage);
        var articles = items.Value.Where(e => Item(e)?.ContentType == DocumentTypes.Article.Alias)
            .Select(e => e.Mapped(m => DeliveryApiMapper.Article(Item(m)!)))
            .ToList();
        var current = await OwnCopiesAsync(articles.Select(a => a.Reviewer), outage);
        return new Sourced<IReadOnlyList<Article>>(
            articles.Select(a => a.Reviewer is { } picked && current.Value[picked.Key] != picked
                ? a with { Reviewer = current.Value[picked.Key], Review = Review(picked, current.Value[picked.Key], a.Review) }
                : a).ToList(),
            Staleness.Of(items.Stale, current.Stale));
    }

    /// <summary>Picked reviewers as their own entries have them (null once unpublished), one lookup per reviewer. The
    /// expansion that brought the picking article or page stored those entries too, so this costs no request while they are
    /// fresh; a reviewer's webhook makes only their entry stale, so an edited reviewer is fetched once
    /// (<c>content/item/{id}</c>) for every page that names them, rather than the copy inside each picking item, which is as
    /// old as that item.</summary>
    private async Task<Sourced<Dictionary<Guid, Reviewer?>>> OwnCopiesAsync(IEnumerable<Reviewer?> picked, SourceOutage outage)
    {
        var keys = picked.OfType<Reviewer>().Select(r => r.Key).Distinct().ToList();
        var entries = await ResolveItemsAsync(keys, null, outage);
        return new Sourced<Dictionary<Guid, Reviewer?>>(
            keys.Zip(entries.Value).ToDictionary(p => p.First, p => Item(p.Second) is { } item ? DeliveryApiMapper.Reviewer(item) : null),
            entries.Stale);
    }

    private async Task<Sourced<ClinicSite?>> WithOwnReviewersAsync(ClinicSite clinic, SourceOutage outage, Staleness? read)
    {
        var current = await OwnCopiesAsync(clinic.Pages.OfType<TreatmentContent>().Select(t => t.Reviewer), outage);
        var pages = clinic.Pages.Select(p => p is TreatmentContent { Reviewer: { } picked } t && current.Value[picked.Key] != picked
            ? t with { Reviewer = current.Value[picked.Key], Review = Review(picked, current.Value[picked.Key], t.Review) }
            : p).ToList();
        return new Sourced<ClinicSite?>(pages.SequenceEqual(clinic.Pages) ? clinic : clinic with { Pages = pages }, Staleness.Of(read, current.Stale));
    }

    private static Content.Claims.ReviewDates Review(Reviewer picked, Reviewer? current, Content.Claims.ReviewDates review) =>
        ReviewerPicks.Review([new(picked.Key, Content.Blocks.Udis.Document(picked.Key))], current, review.LastReviewed, review.NextReviewDue);

    public async ValueTask<Sourced<IReadOnlyList<Citation>>> GetCitationsAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default)
    {
        var items = await ItemsAsync(keys, expand: null, outage);
        return new Sourced<IReadOnlyList<Citation>>(
            items.Value.Where(e => Item(e)?.ContentType == DocumentTypes.Citation.Alias)
                .Select(e => e.Mapped(m => DeliveryApiMapper.Citation(Item(m)!)))
                .ToList(),
            items.Stale);
    }

    /// <summary>Labels from <c>ClinicKit:DeliveryApi:Labels</c>: the Delivery API has no dictionary endpoint.</summary>
    public ValueTask<IReadOnlyDictionary<string, string>> GetDictionaryAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_labels);

    /// <summary>A clinic: its root, its children (clinic articles) and the hosts configured for it; null when its root is
    /// not published.</summary>
    private async Task<Sourced<ClinicSite?>> ClinicAsync(Guid rootId, int? sortOrder, SourceOutage outage)
    {
        var rootRead = await ResolveItemsAsync([rootId], null, outage);
        var rootEntry = rootRead.Value[0];
        if (Item(rootEntry) is not { } root || root.ContentType != DocumentTypes.ClinicSite.Alias)
        {
            return new Sourced<ClinicSite?>(null, rootRead.Stale);
        }

        var hosts = HostsOf(root);
        CachedEntry? children = null;
        IReadOnlyList<CachedEntry> childItems = [];
        var stale = rootRead.Stale;
        if (hosts.Count > 0)
        {
            // A clinic no host is configured for is never served: its articles are not fetched.
            try
            {
                var childList = await _entries.ResolveAsync(EntryKeys.Children(rootId), () => _requests.ChildrenAsync(rootId), outage);
                var childRead = await ResolveItemsAsync(childList.Value.Mapped(IdList), ClinicArticleExpand, outage);
                (children, childItems) = (childList.Value, childRead.Value);
                stale = Staleness.Of(stale, childList.Stale, childRead.Stale);
            }
            catch (ContentUnavailableException e) when (e.Reason == InvalidContent)
            {
                // Refused with no good copy (at start-up): this clinic answers its branded 503, never a 404.
                var withheld = DeliveryApiMapper.ClinicSite(root, hosts, [], 0);
                _refused.Withhold(withheld);
                throw new ContentUnavailableException(e.Reason, e.Message, e) { Clinic = withheld };
            }
        }

        sortOrder ??= await KnownClinicOrderAsync(rootId);

        // Built from exactly the same cache entries as last time: the same clinic (every uncached page asks for it).
        if (_clinics.TryGetValue(rootId, out var memo) && memo.Matches(rootEntry, children, childItems, sortOrder))
        {
            return await WithOwnReviewersAsync(memo.Clinic, outage, stale);
        }

        var articles = childItems
            .Where(e => Item(e)?.ContentType == DocumentTypes.ClinicArticle.Alias)
            .Select((e, index) => e.Mapped(m => DeliveryApiMapper.ClinicArticle(Item(m)!, 0)) with { SortOrder = index })
            .ToList();
        var clinic = DeliveryApiMapper.ClinicSite(root, hosts, articles, sortOrder ?? 0) with
        {
            Pages = childItems.Select(e => Item(e)).OfType<ApiItem>()
                .Select((item, index) => DeliveryApiMapper.PatientPage(item, index)).OfType<PatientPage>().ToList(),
        };
        _clinics[rootId] = new ClinicMemo(rootEntry, children, childItems, sortOrder, clinic);
        _refused.Served(clinic);
        return await WithOwnReviewersAsync(clinic, outage, stale);
    }

    private sealed record ClinicMemo(CachedEntry Root, CachedEntry? Children, IReadOnlyList<CachedEntry> Items, int? SortOrder, ClinicSite Clinic)
    {
        public bool Matches(CachedEntry root, CachedEntry? children, IReadOnlyList<CachedEntry> items, int? sortOrder) =>
            ReferenceEquals(Root, root) && ReferenceEquals(Children, children) && SortOrder == sortOrder
            && Items.Count == items.Count && Items.Zip(items).All(p => ReferenceEquals(p.First, p.Second));
    }

    /// <summary>The clinic's position in the content tree, when the clinic list has been fetched (no request for it here).</summary>
    private async Task<int?> KnownClinicOrderAsync(Guid rootId)
    {
        var entry = await _cache.GetLastGoodAsync(EntryKeys.Clinics);
        var index = entry is null ? -1 : entry.Mapped(IdList).IndexOf(rootId);
        return index >= 0 ? index : null;
    }

    /// <summary>The configured hosts whose Start-Item names this root (by GUID or URL segment), in ordinal order.</summary>
    private IReadOnlyList<string> HostsOf(ApiItem root) =>
        _hosts.Where(h => Guid.TryParse(h.Value, out var id) ? id == root.Id : string.Equals(h.Value, root.StartItemPath, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The items with these keys that are there (published), in the order asked.</summary>
    private async Task<Sourced<IReadOnlyList<CachedEntry>>> ItemsAsync(IReadOnlyCollection<Guid> keys, string? expand, SourceOutage outage)
    {
        var entries = await ResolveItemsAsync(keys.Distinct().ToList(), expand, outage);
        return entries with { Value = entries.Value.Where(e => !e.IsAbsent).ToList() };
    }

    /// <summary>Each item's entry (possibly "absent"); the ones that are not fresh are fetched side by side.</summary>
    private async Task<Sourced<IReadOnlyList<CachedEntry>>> ResolveItemsAsync(IReadOnlyList<Guid> keys, string? expand, SourceOutage outage)
    {
        var entries = await Task.WhenAll(keys.Select(key => _entries.ResolveAsync(EntryKeys.Item(key), () => _requests.ItemAsync(key, expand), outage)));
        return new Sourced<IReadOnlyList<CachedEntry>>(entries.Select(e => e.Value).ToList(), Staleness.Of(entries.Select(e => e.Stale)));
    }

    private static ApiItem? Item(CachedEntry entry) =>
        entry.IsAbsent ? null : entry.Mapped(e => ApiItem.FromJson(e.Payload) ?? throw new JsonException("a cached item is not a content item"));

    private static Guid RootId(CachedEntry entry) => JsonSerializer.Deserialize<Guid>(entry.Payload);

    private static List<Guid> IdList(CachedEntry entry) =>
        entry.IsAbsent ? [] : JsonSerializer.Deserialize<List<Guid>>(entry.Payload) ?? [];
}
