using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>An item's or a block's <c>properties</c> as the Delivery API writes them, decoded straight from the JSON for
/// the source-neutral readers.</summary>
/// <remarks>
/// What the Delivery API says differently from stored values:
/// <list type="bullet">
/// <item>pickers list only published items, so a picked citation (or article) that is missing from the response is simply
/// not there: the head treats it as missing, which renders the same as an unpublished one;</item>
/// <item>dropdowns are a string (single choice) instead of a JSON array; dates are <c>2026-10-15T00:00:00</c>; a property
/// with no value is <c>null</c>;</item>
/// <item>a block list is an <c>ApiBlockListModel</c> (<c>{items: [{content, settings}]}</c>) holding only the blocks Umbraco
/// renders, in layout order;</item>
/// <item>a link to a document is <c>{linkType: "Content", destinationId, route}</c> instead of a UDI; a rich text link to a
/// document comes resolved to its route, the node it points at in <c>data-destination-id</c>.</item>
/// </list>
/// </remarks>
internal sealed partial class ApiFields(JsonElement properties) : IContentFields
{
    private static readonly Dictionary<string, Guid> ElementTypeKeys =
        DocumentTypes.All.ToDictionary(t => t.Alias, t => t.Key, StringComparer.Ordinal);

    private JsonElement? Value(string alias) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(alias, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>A text property as written, untrimmed (an image's alt text); null when it is not text.</summary>
    private string? RawText(string alias) => Value(alias) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    public string Text(string alias) => RawText(alias)?.Trim() ?? "";

    public bool Flag(string alias) => Value(alias) is { ValueKind: JsonValueKind.True };

    public int? Number(string alias) => Value(alias) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var i) => i,
        { ValueKind: JsonValueKind.String } s when int.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    /// <summary>A date picker's value; Umbraco's <c>DateTime.MinValue</c> (what an unparsable stored date becomes) is no date.</summary>
    public DateOnly? Date(string alias) =>
        RawText(alias) is { } text
        && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
        && date > DateTime.MinValue
            ? DateOnly.FromDateTime(date)
            : null;

    public string Choice(string alias) => Value(alias) is { } v ? ClaimReader.FirstChoice(JsonNode.Parse(v.GetRawText())) : "";

    /// <summary>A checkbox list's output is an array of strings.</summary>
    public IReadOnlyList<string> Choices(string alias) => Value(alias) switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!.Trim()).ToList(),
        { ValueKind: JsonValueKind.String } one => [one.GetString()!.Trim()],
        _ => [],
    };

    /// <summary>Tags are an array of strings; empty ones are dropped.</summary>
    public IReadOnlyList<string> Tags(string alias) =>
        Value(alias) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).Where(t => t.Length > 0).ToList()
            : [];

    /// <summary>A content picker's output: an array of items, expanded or not. Each is named by its document UDI where
    /// the rules quote a pick.</summary>
    public IReadOnlyList<PickedDocument> Picks(string alias) =>
        PickedItems(alias).Select(item => new PickedDocument(item.Id, Udis.Document(item.Id))).ToList();

    public IReadOnlyList<ApiItem> PickedItems(string alias) =>
        Value(alias) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => ApiItem.TryParse(e, out var item) ? item : null).OfType<ApiItem>().ToList()
            : [];

    /// <summary>A <c>RichTextModel</c> (<c>{markup, blocks}</c>). Umbraco's <c>ApiRichTextMarkupParser</c>
    /// (Umbraco-CMS src/Umbraco.Infrastructure/DeliveryApi/ApiRichTextMarkupParser.cs) writes a link to a document with the
    /// route in <c>href</c>, the node in <c>data-destination-id</c> and its root in <c>data-start-item-id</c>; that href
    /// becomes the document's address, which the head writes per clinic.</summary>
    public RichText RichText(string alias) =>
        Value(alias) is { ValueKind: JsonValueKind.Object } model && model.TryGetProperty("markup", out var markup) && markup.ValueKind == JsonValueKind.String
            ? DocumentLinks(markup.GetString() ?? "")
            : Content.Library.RichText.Empty;

    public static RichText DocumentLinks(string markup)
    {
        if (!markup.Contains("data-destination-id", StringComparison.Ordinal))
        {
            return Content.Library.RichText.FromMarkup(markup);
        }

        var parts = new List<RichTextPart>();
        var at = 0;
        foreach (Match tag in AnchorTag().Matches(markup))
        {
            var destination = DestinationId().Match(tag.Value);
            var href = Href().Match(tag.Value);
            if (!destination.Success || !href.Success || !tag.Value.Contains("data-start-item-id", StringComparison.Ordinal))
            {
                continue;
            }

            var address = href.Groups[1];
            parts.Add(new MarkupPart(markup[at..(tag.Index + address.Index)]));
            parts.Add(new DocumentAddress(Guid.Parse(destination.Groups[1].Value)));
            at = tag.Index + address.Index + address.Length;
        }

        parts.Add(new MarkupPart(markup[at..]));
        return new RichText(parts.Where(p => p is not MarkupPart { Html.Length: 0 }).ToList());
    }

    /// <summary>An <c>ApiBlockListModel</c>: every block it lists is rendered, in that order.</summary>
    public IReadOnlyList<ContentElement> Blocks(string alias)
    {
        if (Value(alias) is not { ValueKind: JsonValueKind.Object } model || !model.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return items.EnumerateArray().Select(Element).OfType<ContentElement>().ToList();
    }

    /// <summary>The first <c>ApiLink</c>: an external link's <c>url</c> already carries its query string; a document link
    /// names its node in <c>destinationId</c>, and only its query string is kept (the head writes the clinic's path).</summary>
    public Link? Link(string alias)
    {
        if (Value(alias) is not { ValueKind: JsonValueKind.Array } array
            || array.EnumerateArray().FirstOrDefault(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("linkType", out _)) is not { ValueKind: JsonValueKind.Object } link)
        {
            return null;
        }

        string Str(string name) => link.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        return string.Equals(Str("linkType"), "Content", StringComparison.Ordinal) && Guid.TryParse(Str("destinationId"), out var key)
            ? new Link(Str("queryString"), key, Str("title"), Str("target"))
            : new Link(Str("url"), null, Str("title"), Str("target"));
    }

    /// <summary>The first image of a media picker's output: an array of <c>ApiMediaWithCrops</c>, whose <c>url</c> is the file's
    /// path (as <c>umbracoFile</c>'s <c>src</c>) and whose <c>properties</c> hold the Image media type's <c>altText</c>.</summary>
    public MediaImage? Image(string alias)
    {
        if (Value(alias) is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() == 0
            || array[0] is not { ValueKind: JsonValueKind.Object } first
            || !first.TryGetProperty("id", out var id) || !id.TryGetGuid(out var key)
            || !first.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String || url.GetString() is not { Length: > 0 } src)
        {
            return null;
        }

        var alt = first.TryGetProperty("properties", out var media) ? new ApiFields(media).RawText("altText") : null;
        return new MediaImage(key, src, alt ?? "");
    }

    private static ContentElement? Element(JsonElement item)
    {
        if (!item.TryGetProperty("content", out var element) || element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("id", out var id) || !Guid.TryParse(id.GetString(), out var key))
        {
            return null;
        }

        var alias = element.TryGetProperty("contentType", out var type) ? type.GetString() ?? "" : "";
        var values = element.TryGetProperty("properties", out var p) ? p : default;
        return new ContentElement(key, ElementTypeKeys.GetValueOrDefault(alias), new ApiFields(values));
    }

    [GeneratedRegex(@"<a\s[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AnchorTag();

    [GeneratedRegex("data-destination-id=\"([0-9a-fA-F-]{32,36})\"", RegexOptions.NonBacktracking)]
    private static partial Regex DestinationId();

    [GeneratedRegex("href=\"([^\"]*)\"", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Href();
}
