using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Turns Delivery API items into the same ClinicKit.Content records the uSync source produces.</summary>
/// <remarks>
/// Block values are rebuilt into the shape Umbraco stores them (<see cref="BlockValue"/>: content data, expose, layout) and
/// read with <see cref="UsyncLibraryReader.ReadBody"/> and <see cref="ClaimReader"/>, so claims are numbered, cited and
/// checked by the same code whichever source the head reads. What the Delivery API says differently:
/// <list type="bullet">
/// <item>pickers list only published items, so a picked citation (or article) that is missing from the response is simply
/// not there: the head treats it as missing, which renders the same as an unpublished one;</item>
/// <item>dropdowns are a string (single choice) instead of a JSON array; dates are <c>2026-10-15T00:00:00</c>; a property
/// with no value is <c>null</c>;</item>
/// <item>a link to a document is <c>{linkType: "Content", destinationId, route}</c> instead of a UDI; a rich text link to a
/// document is resolved to its route (with <c>data-destination-id</c>), which is turned back into <c>{localLink:…}</c> so
/// the head points it at this clinic's page, as it does for uSync content.</item>
/// </list>
/// </remarks>
internal static partial class DeliveryApiMapper
{
    private static readonly Dictionary<string, Guid> ElementTypeKeys =
        DocumentTypes.All.ToDictionary(t => t.Alias, t => t.Key, StringComparer.Ordinal);

    public static Citation Citation(ApiItem item)
    {
        var p = item.Properties;
        return new Citation(
            item.Id,
            Text(p, Props.Title),
            Text(p, Props.Authors),
            Text(p, Props.Publication),
            Int(p, Props.Year),
            Text(p, Props.Url),
            Text(p, Props.Doi),
            Text(p, Props.Pmid),
            Choice(p, Props.SourceType),
            Date(p, Props.LastVerified),

            // The Delivery API serves published content only (drafts only to a preview head, which shows them).
            CitationState.Published);
    }

    public static Article Article(ApiItem item)
    {
        var p = item.Properties;
        var reviewer = Reviewer(Value(p, Props.ReviewedBy));
        return new Article(
            item.Id,
            item.Name,
            Text(p, Props.Title),
            Text(p, Props.Summary),
            UsyncLibraryReader.ReadBody(Blocks(Value(p, Props.Body))),
            Tags(p, Props.Topics),
            Seo(p),
            ReviewerPicks.Review(StoredText(Value(p, Props.ReviewedBy)), reviewer, Date(p, Props.LastReviewed), Date(p, Props.NextReviewDue)),
            reviewer,
            CallToAction(Value(p, Props.CallToAction)),
            IsPublished: true,
            item.UpdateDate)
        {
            Image = Image(Value(p, Props.Image)),
        };
    }

    public static ClinicArticle ClinicArticle(ApiItem item, int sortOrder)
    {
        var p = item.Properties;
        return new ClinicArticle(
            item.Id,
            item.Name,
            item.UrlSegment,
            PickedKeys(Value(p, Props.Article)).Cast<Guid?>().FirstOrDefault(),
            Text(p, Props.IntroOverride),
            CallToAction(Value(p, Props.CallToAction)),
            Seo(p),
            IsPublished: true,
            sortOrder) { UpdateDate = item.UpdateDate };
    }

    public static ClinicSite ClinicSite(ApiItem root, IReadOnlyList<string> hosts, IReadOnlyList<ClinicArticle> articles, int sortOrder)
    {
        var p = root.Properties;
        var strategy = Choice(p, Props.CanonicalStrategy);
        return new ClinicSite(
            root.Id,
            root.Name,
            Text(p, Props.ClinicName),
            Text(p, Props.Tagline),
            Text(p, Props.Phone),
            Text(p, Props.Email),
            Text(p, Props.Address),
            Text(p, Props.City),
            Text(p, Props.BookingUrl),
            Text(p, Props.BrandColor),
            strategy.Length > 0 ? strategy : Choices.CanonicalSelf,
            Seo(p),
            CallToAction(Value(p, Props.CallToAction)),
            hosts,
            articles,
            IsPublished: true,
            sortOrder)
        {
            UpdateDate = root.UpdateDate,
            HeroPromise = Text(p, Props.HeroPromise),
            HeroText = Text(p, Props.HeroText),
            Logo = Image(Value(p, Props.Logo)),
            Hero = Image(Value(p, Props.HeroImage)),
        };
    }

    /// <summary>A treatment, contact, legal or team page (null for any other child), read by the same reader as uSync content
    /// from its values turned back into their stored form.</summary>
    public static PatientPage? PatientPage(ApiItem item, int sortOrder)
    {
        var reviewer = Reviewer(Value(item.Properties, Props.ReviewedBy));
        return PatientPageReader.Read(item.ContentType, item.Id, item.Name, item.UrlSegment, published: true, sortOrder,
            alias => StoredText(Value(item.Properties, alias)), key => reviewer?.Key == key ? reviewer : null) is { } page
            ? page with { UpdateDate = item.UpdateDate }
            : null;
    }

    /// <summary>The reviewer a reviewer pick names. <c>MultiNodeTreePickerValueConverter.ConvertIntermediateToDeliveryApiObject</c>
    /// (Umbraco-CMS src/Umbraco.Core/PropertyEditors/ValueConverters/MultiNodeTreePickerValueConverter.cs) writes an array of
    /// <c>IApiContent</c>, unpublished picks left out, with properties only when the request expands the property; the head
    /// always asks for <c>properties[reviewedBy]</c>, so a pick without properties (or of another type) does not resolve.</summary>
    public static Reviewer? Reviewer(JsonElement? value)
    {
        return value is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > 0
            && ApiItem.TryParse(array[0], out var item) && !item.IsShallow
                ? Reviewer(item)
                : null;
    }

    /// <summary>A reviewer item, expanded in a pick or fetched on its own; null for an item of another type.</summary>
    public static Reviewer? Reviewer(ApiItem item)
    {
        if (item.ContentType != DocumentTypes.Reviewer.Alias)
        {
            return null;
        }

        var p = item.Properties;
        return new Reviewer(item.Id, item.Name, Text(p, Props.Credentials), Text(p, Props.Role), Text(p, Props.Bio), Text(p, Props.ProfileUrl), Bool(p, Props.IsDemo))
        {
            Photo = Image(Value(p, Props.Photo)),
        };
    }

    /// <summary>A property's value as the stored text the source-neutral readers take (a block list's JSON, a picker's UDIs).</summary>
    private static string? StoredText(JsonElement? value) => value is { } v
        ? StoredValue(v) switch
        {
            null => null,
            JsonValue text when text.TryGetValue<string>(out var s) => s,
            var node => node.ToJsonString(),
        }
        : null;

    /// <summary>The keys a content picker's output names (an array of items, expanded or not).</summary>
    public static IReadOnlyList<Guid> PickedKeys(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => ApiItem.TryParse(e, out var item) ? item.Id : (Guid?)null).OfType<Guid>().ToList()
            : [];

    /// <summary>An <c>ApiBlockListModel</c> (<c>{items: [{content, settings}]}</c>) as Umbraco stores a block list. The Delivery API
    /// outputs only exposed blocks, in layout order, so every block it lists is exposed and laid out in that order.</summary>
    public static BlockValue Blocks(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } model || !model.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return BlockValue.Empty;
        }

        var content = new List<BlockItem>();
        var settings = new List<BlockItem>();
        var layout = new List<BlockLayoutItem>();
        foreach (var item in items.EnumerateArray())
        {
            if (Element(item, "content") is not { } block)
            {
                continue;
            }

            content.Add(block);
            var setting = Element(item, "settings");
            if (setting is not null)
            {
                settings.Add(setting);
            }

            layout.Add(new BlockLayoutItem(block.Key, setting?.Key, []));
        }

        return new BlockValue(
            content,
            settings,
            content.Select(c => new BlockExpose(c.Key, null, null)).ToList(),
            [new BlockLayout(BlockValue.BlockListEditor, layout)]);
    }

    /// <summary>An API property value in the shape Umbraco stores it, for the readers written against stored values.</summary>
    public static JsonNode? StoredValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                return JsonValue.Create(value.GetString());
            case JsonValueKind.Array when value.EnumerateArray().Any(IsLink):
                return new JsonArray(value.EnumerateArray().Where(IsLink).Select(StoredLink).ToArray());
            case JsonValueKind.Array when value.GetArrayLength() > 0 && value.EnumerateArray().All(e => ApiItem.TryParse(e, out _)):
                // A content picker stores comma-separated document UDIs.
                return JsonValue.Create(string.Join(',', PickedKeys(value).Select(Udis.Document)));
            case JsonValueKind.Object when value.TryGetProperty("markup", out var markup) && markup.ValueKind == JsonValueKind.String:
                return new JsonObject { ["markup"] = LocalLinks(markup.GetString() ?? "") };
            case JsonValueKind.Object when value.TryGetProperty("items", out _):
                return BlockValueJson.ToNode(Blocks(value));
            default:
                return JsonNode.Parse(value.GetRawText());
        }
    }

    /// <summary>Rich text links to documents come resolved to a route; the node they point at is in
    /// <c>data-destination-id</c>. They become <c>/{localLink:key}</c> again, which the head resolves per clinic.</summary>
    public static string LocalLinks(string markup) =>
        !markup.Contains("data-destination-id", StringComparison.Ordinal)
            ? markup
            : AnchorTag().Replace(markup, m =>
            {
                var tag = m.Value;
                var destination = DestinationId().Match(tag);
                return destination.Success && tag.Contains("data-start-item-id", StringComparison.Ordinal)
                    ? Href().Replace(tag, $"href=\"/{{localLink:{destination.Groups[1].Value}}}\"", 1)
                    : tag;
            });

    private static CallToAction? CallToAction(JsonElement? value)
    {
        var blocks = Blocks(value);
        return blocks.ContentInLayoutOrder()
            .Where(b => b.ContentTypeKey == DocumentTypes.CtaBlock.Key)
            .Select(UsyncLibraryReader.ReadCallToAction)
            .FirstOrDefault();
    }

    private static BlockItem? Element(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("id", out var id) || !Guid.TryParse(id.GetString(), out var key))
        {
            return null;
        }

        var alias = element.TryGetProperty("contentType", out var type) ? type.GetString() ?? "" : "";
        var values = new List<BlockPropertyValue>();
        if (element.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                values.Add(new BlockPropertyValue(property.Name, null, null, null, StoredValue(property.Value)));
            }
        }

        return new BlockItem(ElementTypeKeys.GetValueOrDefault(alias), key, values);
    }

    private static bool IsLink(JsonElement e) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("linkType", out _);

    /// <summary>An <c>ApiLink</c> as the multi URL picker stores a link (<c>{name, target, udi, url, queryString}</c>).
    /// An external link's <c>url</c> already carries its query string; a document link names its node by UDI.</summary>
    private static JsonNode StoredLink(JsonElement link)
    {
        string? Str(string name) => link.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var type = Str("linkType");
        var isContent = string.Equals(type, "Content", StringComparison.Ordinal) && Guid.TryParse(Str("destinationId"), out _);
        return new JsonObject
        {
            ["name"] = Str("title"),
            ["target"] = Str("target"),
            ["udi"] = isContent ? Udis.Document(Guid.Parse(Str("destinationId")!)) : null,
            ["url"] = isContent ? null : Str("url"),
            ["queryString"] = isContent ? Str("queryString") : null,
        };
    }

    /// <summary>The first image of a media picker's output: an array of <c>ApiMediaWithCrops</c>, whose <c>url</c> is the file's
    /// path (as <c>umbracoFile</c>'s <c>src</c>) and whose <c>properties</c> hold the Image media type's <c>altText</c>.</summary>
    private static MediaImage? Image(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() == 0
            || array[0] is not { ValueKind: JsonValueKind.Object } first
            || !first.TryGetProperty("id", out var id) || !id.TryGetGuid(out var key)
            || !first.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String || url.GetString() is not { Length: > 0 } src)
        {
            return null;
        }

        var alt = first.TryGetProperty("properties", out var properties) ? RawText(properties, "altText") : null;
        return new MediaImage(key, src, alt ?? "");
    }

    private static JsonElement? Value(JsonElement properties, string alias) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(alias, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    private static string? RawText(JsonElement properties, string alias) =>
        Value(properties, alias) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static string Text(JsonElement properties, string alias) => RawText(properties, alias)?.Trim() ?? "";

    private static string Choice(JsonElement properties, string alias) =>
        Value(properties, alias) is { } v ? ClaimReader.FirstChoice(JsonNode.Parse(v.GetRawText())) : "";

    private static int? Int(JsonElement properties, string alias) => Value(properties, alias) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var i) => i,
        { ValueKind: JsonValueKind.String } s when int.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    private static bool Bool(JsonElement properties, string alias) => Value(properties, alias) is { ValueKind: JsonValueKind.True };

    /// <summary>A date picker's value; Umbraco's <c>DateTime.MinValue</c> (what an unparsable stored date becomes) is no date.</summary>
    private static DateOnly? Date(JsonElement properties, string alias) =>
        RawText(properties, alias) is { } text
        && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
        && date > DateTime.MinValue
            ? DateOnly.FromDateTime(date)
            : null;

    private static IReadOnlyList<string> Tags(JsonElement properties, string alias) =>
        Value(properties, alias) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).Where(t => t.Length > 0).ToList()
            : [];

    private static Seo Seo(JsonElement p) => new(Text(p, Props.MetaTitle), Text(p, Props.MetaDescription), Bool(p, Props.NoIndex));

    [GeneratedRegex(@"<a\s[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AnchorTag();

    [GeneratedRegex("data-destination-id=\"([0-9a-fA-F-]{32,36})\"", RegexOptions.NonBacktracking)]
    private static partial Regex DestinationId();

    [GeneratedRegex("href=\"[^\"]*\"", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Href();
}
