using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>One content item as Umbraco 17's Delivery API returns it (<c>IApiContentResponse</c>, or an expanded
/// <c>IApiContent</c> inside a picker): <c>{contentType, name, createDate, updateDate, route, id, properties[, cultures]}</c>.</summary>
/// <remarks>Only what the head reads is lifted out; <see cref="Properties"/> keeps the rest as JSON for the mapper.</remarks>
internal sealed class ApiItem
{
    private ApiItem(Guid id, string contentType, JsonElement properties)
    {
        Id = id;
        ContentType = contentType;
        Properties = properties;
    }

    public Guid Id { get; }

    public string ContentType { get; }

    public string Name { get; private init; } = "";

    public DateTime? CreateDate { get; private init; }

    public DateTime? UpdateDate { get; private init; }

    /// <summary>The route relative to the root (<c>/how-ketamine-works/</c>; the root itself is <c>/</c>).</summary>
    public string RoutePath { get; private init; } = "";

    public Guid? StartItemId { get; private init; }

    /// <summary>The root's URL segment (what a <c>Start-Item</c> header may name).</summary>
    public string StartItemPath { get; private init; } = "";

    public JsonElement Properties { get; }

    /// <summary>A picked item that was not expanded comes with <c>"properties": {}</c>: it names the item but says nothing of it.</summary>
    public bool IsShallow => Properties.ValueKind != JsonValueKind.Object || !Properties.EnumerateObject().Any();

    /// <summary>The last segment of the route: the URL segment the backoffice gave the node.</summary>
    public string UrlSegment => RoutePath.Trim('/').Split('/')[^1];

    public JsonElement? Property(string alias) =>
        Properties.ValueKind == JsonValueKind.Object && Properties.TryGetProperty(alias, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>Reads an item; false when the JSON is not a content item (an element, a link, anything else).</summary>
    public static bool TryParse(JsonElement json, out ApiItem item)
    {
        item = null!;
        if (json.ValueKind != JsonValueKind.Object
            || !json.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || !Guid.TryParse(id.GetString(), out var key)
            || !json.TryGetProperty("contentType", out var type) || type.ValueKind != JsonValueKind.String
            || !json.TryGetProperty("route", out var route) || route.ValueKind != JsonValueKind.Object
            || !json.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var start = route.TryGetProperty("startItem", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        item = new ApiItem(key, type.GetString()!, properties)
        {
            Name = Str(json, "name"),
            CreateDate = Date(json, "createDate"),
            UpdateDate = Date(json, "updateDate"),
            RoutePath = Str(route, "path"),
            StartItemId = start.ValueKind == JsonValueKind.Object && Guid.TryParse(Str(start, "id"), out var startId) ? startId : null,
            StartItemPath = start.ValueKind == JsonValueKind.Object ? Str(start, "path") : "",
        };
        return true;
    }

    /// <summary>Reads one stored item (the UTF-8 JSON the cache keeps).</summary>
    public static ApiItem? FromJson(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return null;
        }

        var element = JsonSerializer.Deserialize<JsonElement>(utf8.Span);
        return TryParse(element, out var item) ? item : null;
    }

    /// <summary>The item itself and every expanded item inside it (a picked article with its properties, the citations its
    /// claim blocks pick when those were expanded), each as its own JSON, so each can be cached and evicted by its key.</summary>
    public static IEnumerable<(Guid Id, byte[] Json)> WithExpanded(JsonElement json)
    {
        var found = new Dictionary<Guid, byte[]>();
        Collect(json, isTop: true, (item, element, isTop) =>
        {
            if (isTop || !item.IsShallow)
            {
                // An item seen twice (a citation two claims pick) is the same published version both times.
                found.TryAdd(item.Id, Encoding.UTF8.GetBytes(element.GetRawText()));
            }
        });
        return found.Select(p => (p.Key, p.Value));
    }

    /// <summary>The item and every item picked inside it, expanded or not (a shallow one after an expanded one of the same
    /// key is left out).</summary>
    public static IReadOnlyList<ApiItem> WithPicked(JsonElement json)
    {
        var found = new Dictionary<Guid, ApiItem>();
        Collect(json, isTop: true, (item, _, _) =>
        {
            if (!found.TryGetValue(item.Id, out var seen) || (seen.IsShallow && !item.IsShallow))
            {
                found[item.Id] = item;
            }
        });
        return [.. found.Values];
    }

    private static void Collect(JsonElement json, bool isTop, Action<ApiItem, JsonElement, bool> found)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                if (TryParse(json, out var item))
                {
                    found(item, json, isTop);
                }

                foreach (var member in json.EnumerateObject())
                {
                    Collect(member.Value, isTop: false, found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var element in json.EnumerateArray())
                {
                    Collect(element, isTop: false, found);
                }

                break;
        }
    }

    private static string Str(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static DateTime? Date(JsonElement json, string name) =>
        DateTime.TryParse(Str(json, name), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : null;
}
