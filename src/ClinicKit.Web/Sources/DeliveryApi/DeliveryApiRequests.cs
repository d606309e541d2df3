using System.Text.Json;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>The request plan: each Delivery API request the head makes, turned into cache entries (every item in the answer,
/// expanded ones included, under its own key, plus the list or mapping the request was for).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>a clinic root: <c>GET content/item/</c> with <c>Start-Item: {segment or GUID}</c>;</item>
/// <item>a clinic's pages: <c>GET content?fetch=children:{root}&amp;sort=sortOrder:asc&amp;skip&amp;take&amp;expand=</c><see cref="ClinicArticleExpand"/>
/// (each clinic article, the library article it picks, and the citations that article's claims pick);</item>
/// <item>the clinics in tree order: <c>GET content?filter=contentType:clinicKitClinicSite&amp;sort=sortOrder:asc</c>;</item>
/// <item>an item by key: <c>GET content/item/{id}</c>, with the expansion its kind needs (<see cref="ArticleExpand"/> for
/// articles).</item>
/// </list>
/// </remarks>
internal sealed class DeliveryApiRequests(DeliveryApiClient client, DeliveryApiOptions options, TimeProvider time)
{
    /// <summary>Expanded with a clinic's children: a clinic article's library article, that article's cited sources and its
    /// reviewer, and a treatment page's reviewer (expansions are matched by property alias, so a child without the
    /// property is unaffected).</summary>
    public const string ClinicArticleExpand = "properties[article[properties[body[properties[citations]],reviewedBy]],reviewedBy]";

    /// <summary>Expanded with a library article: the sources its claim blocks cite, and its reviewer.</summary>
    public const string ArticleExpand = "properties[body[properties[citations]],reviewedBy]";

    public async Task<IEnumerable<KeyValuePair<string, byte[]>>> RootAsync(string startItem)
    {
        var json = await client.GetAsync("content/item/", startItem, JsonValueKind.Object, CancellationToken.None);
        var entries = new List<KeyValuePair<string, byte[]>>();
        if (json is { } root)
        {
            entries.AddRange(Items(root, $"content/item/ (Start-Item: {startItem})"));
            ApiItem.TryParse(root, out var item);
            entries.Add(new(EntryKeys.Root(startItem), JsonSerializer.SerializeToUtf8Bytes(item.Id)));
        }
        else
        {
            entries.Add(new(EntryKeys.Root(startItem), []));
        }

        return entries;
    }

    public async Task<IEnumerable<KeyValuePair<string, byte[]>>> ChildrenAsync(Guid rootId)
    {
        var (ids, entries) = await QueryAsync($"fetch=children:{rootId:D}&sort=sortOrder:asc", ClinicArticleExpand);
        entries.Add(new(EntryKeys.Children(rootId), JsonSerializer.SerializeToUtf8Bytes(ids)));
        return entries;
    }

    public async Task<IEnumerable<KeyValuePair<string, byte[]>>> ClinicListAsync()
    {
        var (ids, entries) = await QueryAsync($"filter=contentType:{DocumentTypes.ClinicSite.Alias}&sort=sortOrder:asc", expand: null);
        entries.Add(new(EntryKeys.Clinics, JsonSerializer.SerializeToUtf8Bytes(ids)));
        return entries;
    }

    /// <summary><c>GET content/item/{id}</c>: the item (with what it expands), or "absent" when Umbraco does not have it published.</summary>
    public async Task<IEnumerable<KeyValuePair<string, byte[]>>> ItemAsync(Guid id, string? expand)
    {
        var url = $"content/item/{id:D}" + (expand is null ? "" : "?expand=" + Uri.EscapeDataString(expand));
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (await client.GetAsync(url, null, JsonValueKind.Object, CancellationToken.None) is { } item)
        {
            AddAll(entries, Items(item, url));
        }

        entries.TryAdd(EntryKeys.Item(id), []);
        return entries;
    }

    /// <summary>Every page of a <c>GET content?…</c> query: the items' ids in order, and each item (with what it expands) as an entry.</summary>
    private async Task<(List<Guid> Ids, List<KeyValuePair<string, byte[]>> Entries)> QueryAsync(string query, string? expand)
    {
        var ids = new List<Guid>();
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var skip = 0; ; skip += options.PageSize)
        {
            var url = $"content?{query}&skip={skip}&take={options.PageSize}" + (expand is null ? "" : "&expand=" + Uri.EscapeDataString(expand));
            var page = await client.GetAsync(url, null, JsonValueKind.Object, CancellationToken.None);
            if (page is not { } json || !json.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                if (page is null)
                {
                    break;
                }

                throw new UmbracoUnavailableException("malformed-response", $"Umbraco's answer to {url} has no items array");
            }

            var count = 0;
            foreach (var item in items.EnumerateArray())
            {
                count++;
                AddAll(entries, Items(item, url));
                ApiItem.TryParse(item, out var parsed);
                ids.Add(parsed.Id);
            }

            var total = json.TryGetProperty("total", out var t) && t.TryGetInt32(out var n) ? n : 0;
            if (count == 0 || skip + count >= total)
            {
                break;
            }
        }

        return (ids, entries.ToList());
    }

    /// <summary>The item and what it expands, each as an entry, once its shape and then its content are checked: content of
    /// the wrong shape, or that validation rejects, is never stored, so the last good copy keeps standing in.</summary>
    private IEnumerable<KeyValuePair<string, byte[]>> Items(JsonElement json, string url)
    {
        DeliveryApiShape.Check(json, url);
        if (DeliveryApiChecks.Check(json, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) is { Count: > 0 } problems)
        {
            throw new UmbracoUnavailableException("invalid-content", $"Umbraco's answer to {url} fails validation: " + string.Join("; ", problems.Select(p => $"{p.Diagnostic.Item}: {p.Diagnostic.Code} {p.Diagnostic.Message}")))
            {
                Problems = problems,
            };
        }

        return ApiItem.WithExpanded(json).Select(i => new KeyValuePair<string, byte[]>(EntryKeys.Item(i.Id), i.Json)).ToList();
    }

    /// <summary>Adds entries; a top-level item wins over the same item seen expanded inside another.</summary>
    private static void AddAll(Dictionary<string, byte[]> entries, IEnumerable<KeyValuePair<string, byte[]>> items)
    {
        foreach (var (key, json) in items)
        {
            entries.TryAdd(key, json);
        }
    }
}
