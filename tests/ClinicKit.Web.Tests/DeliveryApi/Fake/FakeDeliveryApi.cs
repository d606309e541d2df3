using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Usync.Items;
using Umbraco.Cms.Core.Models.DeliveryApi;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.PropertyEditors.DeliveryApi;
using Umbraco.Cms.Core.PropertyEditors.ValueConverters;
using Umbraco.Cms.Core.Serialization;

namespace ClinicKit.Web.Tests.DeliveryApi.Fake;

/// <summary>Builds what Umbraco 17's Delivery API answers for a content tree, with Umbraco.Cms.Core 17.8.1's own Delivery API
/// model classes (<see cref="ApiContentResponse"/>, <see cref="ApiContent"/>, <see cref="ApiElement"/>,
/// <see cref="ApiBlockListModel"/>, <see cref="ApiLink"/>, <see cref="RichTextModel"/>) and, for scalar editors, Umbraco's own
/// value converters from that package.</summary>
/// <remarks>
/// How each property is rendered (Umbraco-CMS v17 line; Core classes read from the 17.8.1 assembly):
/// <list type="bullet">
/// <item>Every property of the document type is output; one without a value is <c>null</c> (<c>ApiPropertyRenderer</c>:
/// <c>property.HasValue() ? GetDeliveryApiValue(expanding) : fallback-or-null</c>).</item>
/// <item>True/false, Integer, Date picker, Tags, Dropdown (flexible), Eye dropper: Umbraco's own converters
/// (<c>YesNoValueConverter</c>, <c>IntegerValueConverter</c>, <c>DatePickerValueConverter</c>, <c>TagsValueConverter</c>,
/// <c>FlexibleDropdownPropertyValueConverter</c>, <c>EyeDropperValueConverter</c>, <c>CheckboxListValueConverter</c>, which is
/// not a Delivery API converter, so its <c>ConvertIntermediateToObject</c> list of strings is what the API outputs) run on the
/// stored value.</item>
/// <item>Text box / area: <c>TextStringValueConverter</c> returns the text (its link parsers change only <c>{localLink}</c>
/// and <c>~/</c> URLs, which plain text here does not hold).</item>
/// <item>Multinode treepicker: <c>MultiNodeTreePickerValueConverter.ConvertIntermediateToDeliveryApiObject</c>: always an
/// array of <c>IApiContent</c>, unpublished items left out, properties only when expanded.</item>
/// <item>Multi URL picker: <c>MultiUrlPickerValueConverter</c> (Infrastructure): an array of <c>ApiLink</c>; <c>"[]"</c> has no
/// value; a link to an unpublished document is left out.</item>
/// <item>Block list: <c>ApiBlockListModel</c> of exposed blocks in layout order, each <c>ApiBlockItem(content, settings)</c>
/// whose elements always carry their properties (<c>MapElementProperties</c> forces them).</item>
/// <item>Rich text: <c>RichTextModel { markup, blocks }</c>; document links resolved like <c>ApiRichTextMarkupParser</c>.</item>
/// </list>
/// </remarks>
public sealed partial class FakeDeliveryApi(FakeContentTree tree, bool preview)
{
    private static readonly IJsonSerializer Json = new SystemTextJsonSerializer();

    public ApiContentResponse Response(ContentNode node, OutputExpansion expansion)
    {
        return new ApiContentResponse(
            node.Key,
            node.Name ?? node.Alias,
            node.ContentType ?? "",
            FakeContentTree.Date(node),
            FakeContentTree.Date(node),
            Route(node),
            Properties(node, expansion, isElement: false) ?? new Dictionary<string, object?>(),
            new Dictionary<string, IApiContentRoute>());
    }

    /// <summary><c>ApiContentRouteBuilder</c> (17.8.1): in preview, a node that was never published has no URL yet and is routed as
    /// <c>preview-{key}/</c>.</summary>
    public IApiContentRoute Route(ContentNode node)
    {
        var root = tree.RootOf(node);
        var path = preview && !node.Published ? $"/preview-{node.Key:D}/" : tree.RoutePath(node);
        return new ApiContentRoute(path, new ApiContentStartItem(root.Key, FakeContentTree.UrlSegment(root)));
    }

    private IApiContent Content(ContentNode node, OutputExpansion expansion) => new ApiContent(
        node.Key,
        node.Name ?? node.Alias,
        node.ContentType ?? "",
        FakeContentTree.Date(node),
        FakeContentTree.Date(node),
        Route(node),
        Properties(node, expansion, isElement: false) ?? new Dictionary<string, object?>());

    private Dictionary<string, object?>? Properties(ContentNode node, OutputExpansion expansion, bool isElement)
    {
        var types = tree.PropertiesOf(node.ContentType ?? "").ToDictionary(p => p.Alias);
        return expansion.MapProperties(types.Keys, (alias, expanding) =>
        {
            var value = node.Value(alias);
            return Render(types[alias], value, expansion, expanding);
        }, isElement);
    }

    private object? Render(PropertyTypeItem property, object? source, OutputExpansion expansion, bool expanding)
    {
        var editor = property.Type ?? "";
        var config = tree.DataType(property.Definition)?.ParseConfig() ?? [];
        switch (editor)
        {
            case "Umbraco.TextBox" or "Umbraco.TextArea":
                return HasValue(source) ? Text(source) : null;
            case "Umbraco.TrueFalse":
                return Convert(new YesNoValueConverter(), property, source, null, expanding);
            case "Umbraco.Integer":
                return Convert(new IntegerValueConverter(), property, source, null, expanding);
            case "Umbraco.DateTime":
                return Convert(new DatePickerValueConverter(), property, source, null, expanding);
            case "Umbraco.Tags":
                // The built-in Tags data type stores JSON (TagsStorageType.Json), as the shipped values are.
                return Convert(new TagsValueConverter(Json), property, source, new TagConfiguration { StorageType = Umbraco.Cms.Core.Models.TagsStorageType.Json }, expanding);
            case "Umbraco.DropDown.Flexible":
                return Convert(new FlexibleDropdownPropertyValueConverter(Json), property, source,
                    new DropDownFlexibleConfiguration { Multiple = config["multiple"]?.GetValue<bool>() ?? false }, expanding);
            case "Umbraco.ColorPicker.EyeDropper":
                return Convert(new EyeDropperValueConverter(), property, source, null, expanding);
            case "Umbraco.CheckBoxList":
                return Convert(new CheckboxListValueConverter(Json), property, source, null, expanding);
            case "Umbraco.MultiNodeTreePicker":
                return HasValue(source) ? Picked(Text(source), expansion) : null;
            case "Umbraco.MultiUrlPicker":
                return HasValue(source) && Text(source) != "[]" ? Links(Text(source)) : null;
            case "Umbraco.BlockList":
                return HasValue(source) ? BlockList(source!, expansion) : null;
            case "Umbraco.RichText":
                return HasValue(source) ? RichText(source!) : null;
            case "Umbraco.MediaPicker3":
                return HasValue(source) && Text(source) != "[]" ? MediaItems(Text(source)) : null;
            default:
                throw new NotSupportedException($"the fake Delivery API does not render {editor} ({property.Alias})");
        }
    }

    /// <summary><c>MediaPickerWithCropsValueConverter.ConvertIntermediateToDeliveryApiObject</c> (Umbraco-CMS v17): always an
    /// array of <c>ApiMediaWithCrops</c> wrapping <c>ApiMediaBuilder</c>'s <c>ApiMedia</c> (id, name, media type alias, the file's
    /// URL, extension, width, height, bytes, and the media type's own properties: for clinicKitImage, <c>altText</c>);
    /// picks of media that no longer exist are left out.</summary>
    private List<MediaWithCrops> MediaItems(string stored) =>
        ClinicKit.Content.Library.MediaPicks.Parse(stored)
            .Select(tree.Media)
            .OfType<ContentNode>()
            .Select(media =>
            {
                var url = ClinicKit.Content.Library.MediaPicks.FileOf(media.Value("umbracoFile")) ?? "";
                var properties = new Dictionary<string, object?> { ["altText"] = media.Value("altText") };
                var inner = new ApiMedia(media.Key, media.Name ?? media.Alias, media.ContentType ?? "", url,
                    Path.GetExtension(url).TrimStart('.'), Int(media.Value("umbracoWidth")), Int(media.Value("umbracoHeight")),
                    Int(media.Value("umbracoBytes")), properties);
                return new MediaWithCrops(inner);
            })
            .ToList();

    /// <summary>Infrastructure's <c>ApiMediaWithCrops</c> (Umbraco.Infrastructure/Models/DeliveryApi/ApiMediaWithCrops.cs), which
    /// Umbraco.Cms.Core does not ship: the media's fields, then its focal point and crops (none here: the data type defines no
    /// crops and local focal points are off).</summary>
    private sealed class MediaWithCrops(IApiMedia inner) : IApiMediaWithCrops
    {
        public Guid Id => inner.Id;

        public string Name => inner.Name;

        public string MediaType => inner.MediaType;

        public string Url => inner.Url;

        public string? Extension => inner.Extension;

        public int? Width => inner.Width;

        public int? Height => inner.Height;

        public int? Bytes => inner.Bytes;

        public IDictionary<string, object?> Properties => inner.Properties;

        public ImageFocalPoint? FocalPoint => null;

        public IEnumerable<ImageCrop>? Crops => [];
    }

    private static int? Int(string? value) => int.TryParse(value, out var number) ? number : null;

    /// <summary>Runs one of Umbraco's value converters as the published cache does: has-value check, source → intermediate,
    /// intermediate → Delivery API object.</summary>
    private static object? Convert(IPropertyValueConverter converter, PropertyTypeItem property, object? source, object? configuration, bool expanding)
    {
        var type = new FakePropertyType(property, configuration);
        source = source is JsonNode node ? Text(node) : source;
        if (converter.IsValue(source, PropertyValueLevel.Source) == false)
        {
            return null;
        }

        var inter = converter.ConvertSourceToIntermediate(null!, type, source, preview: false);
        return converter is IDeliveryApiPropertyValueConverter api
            ? api.ConvertIntermediateToDeliveryApiObject(null!, type, PropertyCacheLevel.Element, inter, preview: false, expanding)
            : converter.ConvertIntermediateToObject(null!, type, PropertyCacheLevel.Element, inter, preview: false);
    }

    /// <summary><c>PropertyValueConverterBase.IsValue</c> at source level: not null and not whitespace.</summary>
    private static bool HasValue(object? source) => source switch
    {
        null => false,
        string s => !string.IsNullOrWhiteSpace(s),
        JsonValue v when v.TryGetValue<string>(out var s) => !string.IsNullOrWhiteSpace(s),
        JsonNode n => !string.IsNullOrWhiteSpace(n.ToJsonString()),
        _ => true,
    };

    private static string Text(object? source) => source switch
    {
        null => "",
        string s => s,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonNode n => n.ToJsonString(),
        _ => source.ToString() ?? "",
    };

    private IApiContent[] Picked(string udis, OutputExpansion expansion) =>
        Udis.ParsePicked(udis)
            .Select(p => p.Key is { } key ? tree.Node(key) : null)
            .Where(n => n is not null && FakeContentTree.IsVisible(n, preview))
            .Select(n => Content(n!, expansion))
            .ToArray();

    private ApiLink[] Links(string json)
    {
        var links = new List<ApiLink>();
        foreach (var dto in JsonNode.Parse(json) as JsonArray ?? [])
        {
            string? Str(string name) => dto?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            var name = Str("name");
            if (Udis.TryParseDocument(Str("udi"), out var udi))
            {
                if (tree.Node(udi.Guid) is { } target && FakeContentTree.IsVisible(target, preview))
                {
                    links.Add(ApiLink.Content(
                        string.IsNullOrWhiteSpace(name) ? target.Name ?? "" : name, Str("queryString"), Str("target"), target.Key, target.ContentType ?? "", Route(target), culture: null));
                }
            }
            else if (Str("udi") is null)
            {
                links.Add(ApiLink.External(name, Str("url") + Str("queryString"), Str("queryString"), Str("target")));
            }
        }

        return [.. links];
    }

    private ApiBlockListModel BlockList(object source, OutputExpansion expansion)
    {
        var value = source is JsonNode node ? (BlockValueJson.TryFromNode(node, out var b, out _) ? b : BlockValue.Empty)
            : BlockValueJson.TryParse(Text(source), out var parsed, out _) ? parsed : BlockValue.Empty;
        var items = value.Layout.SelectMany(l => l.Items)
            .Where(i => value.IsExposed(i.ContentKey) && value.Content(i.ContentKey) is not null)
            .Select(i => new ApiBlockItem(
                Element(value.Content(i.ContentKey)!, expansion),
                i.SettingsKey is { } s && value.Settings(s) is { } settings ? Element(settings, expansion) : null!))
            .ToList();
        return new ApiBlockListModel(items);
    }

    private ApiElement Element(BlockItem block, OutputExpansion expansion)
    {
        var alias = tree.ElementTypeAlias(block.ContentTypeKey) ?? "";
        var types = tree.PropertiesOf(alias).ToDictionary(p => p.Alias);
        var properties = expansion.MapProperties(types.Keys, (a, expanding) => Render(types[a], block.Value(a), expansion, expanding), forceExpand: true)!;
        return new ApiElement(block.Key, alias, properties);
    }

    private RichTextModel RichText(object source)
    {
        var value = source is JsonNode node ? RichTextValue.FromNode(node) : RichTextValue.Parse(Text(source));
        return new RichTextModel { Markup = ResolveLinks(value.Markup), Blocks = [] };
    }

    /// <summary>Document links as <c>ApiRichTextMarkupParser</c> rewrites them: the route path in <c>href</c>, the target in
    /// <c>data-destination-*</c> and <c>data-start-item-*</c> (per Umbraco's <c>ApiRichTextMarkupParserTests</c>), the
    /// editor's <c>type</c> attribute gone.</summary>
    private string ResolveLinks(string markup) => LocalLinkAnchor().Replace(markup, m =>
    {
        var tag = m.Value;
        var key = LocalLinkHref().Match(tag) is { Success: true } href && Guid.TryParse(href.Groups["guid"].Value, out var g) ? g
            : Udis.TryParseKey(LegacyHref().Match(tag).Groups["udi"].Value, out var u) ? u : Guid.Empty;
        if (tree.Node(key) is not { } target || !FakeContentTree.IsVisible(target, preview))
        {
            return tag;
        }

        var route = Route(target);
        var rewritten = TypeAttribute().Replace(HrefAttribute().Replace(tag, $"href=\"{route.Path}\""), "");
        return rewritten[..^1]
            + $" data-destination-id=\"{target.Key:D}\" data-destination-type=\"{target.ContentType}\" data-start-item-path=\"{route.StartItem.Path}\" data-start-item-id=\"{route.StartItem.Id:D}\">";
    });

    [GeneratedRegex(@"<a\s[^>]*\{localLink:[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LocalLinkAnchor();

    [GeneratedRegex(@"\{localLink:(?<guid>[0-9a-fA-F-]{32,36})\}")]
    private static partial Regex LocalLinkHref();

    [GeneratedRegex(@"\{localLink:(?<udi>umb://[^}]+)\}")]
    private static partial Regex LegacyHref();

    [GeneratedRegex("href=\"[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex HrefAttribute();

    [GeneratedRegex("\\s+type=\"[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex TypeAttribute();

    /// <summary>The JSON serializer Umbraco's converters are given (they only deserialize string arrays here).</summary>
    private sealed class SystemTextJsonSerializer : IJsonSerializer
    {
        public string Serialize(object? input) => JsonSerializer.Serialize(input);

        public T? Deserialize<T>(string input) => JsonSerializer.Deserialize<T>(input);

        public bool TryDeserialize<T>(object input, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
            where T : class
        {
            value = JsonSerializer.Deserialize<T>(input.ToString() ?? "");
            return value is not null;
        }
    }

    /// <summary>The published property type Umbraco's converters are handed: its alias, editor and data type configuration.</summary>
    private sealed class FakePropertyType(PropertyTypeItem property, object? configuration) : IPublishedPropertyType
    {
        public IPublishedContentType ContentType => throw new NotSupportedException();

        public PublishedDataType DataType { get; } = new(0, property.Type ?? "", null, new Lazy<object?>(() => configuration));

        public string Alias => property.Alias;

        public string EditorAlias => property.Type ?? "";

        public string EditorUiAlias => "";

        public bool IsUserProperty => true;

        public Umbraco.Cms.Core.Models.ContentVariation Variations => Umbraco.Cms.Core.Models.ContentVariation.Nothing;

        public PropertyCacheLevel CacheLevel => PropertyCacheLevel.Element;

        public PropertyCacheLevel DeliveryApiCacheLevel => PropertyCacheLevel.Element;

        public PropertyCacheLevel DeliveryApiCacheLevelForExpansion => PropertyCacheLevel.Element;

        public Type ModelClrType => typeof(object);

        public Type DeliveryApiModelClrType => typeof(object);

        public Type ClrType => typeof(object);

        public bool? IsValue(object? value, PropertyValueLevel level) => throw new NotSupportedException();

        public object? ConvertSourceToInter(IPublishedElement owner, object? source, bool preview) => throw new NotSupportedException();

        public object? ConvertInterToObject(IPublishedElement owner, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview) =>
            throw new NotSupportedException();

        public object? ConvertInterToDeliveryApiObject(IPublishedElement owner, PropertyCacheLevel referenceCacheLevel, object? inter, bool preview, bool expanding) =>
            throw new NotSupportedException();
    }
}
