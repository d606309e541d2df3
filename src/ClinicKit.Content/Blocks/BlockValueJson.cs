using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClinicKit.Content.Blocks;

/// <summary>Reads Umbraco 17 block values and writes them in the shape uSync 17 exports them.</summary>
/// <remarks>uSync writes nested values as JSON (not JSON strings), indented by two spaces, escaped by System.Text.Json's default
/// encoder (<c>\u0027</c>, <c>\u003C</c>), and keeps the obsolete <c>udi</c>/<c>contentUdi</c>/<c>settingsUdi</c> and
/// <c>editorAlias</c> members as null, which Umbraco 17 still reads.</remarks>
public static class BlockValueJson
{
    public static JsonSerializerOptions WriteOptions { get; } = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Default,
    };

    private static readonly JsonDocumentOptions ReadOptions = new() { AllowTrailingCommas = false };

    /// <summary>Parses a stored block value; false with a reason when the text is not one.</summary>
    public static bool TryParse(string? json, out BlockValue value, out string? error)
    {
        value = BlockValue.Empty;
        error = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return true;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: ReadOptions);
        }
        catch (JsonException e)
        {
            error = $"the block value is not valid JSON ({e.Message})";
            return false;
        }

        return TryFromNode(node, out value, out error);
    }

    public static bool TryFromNode(JsonNode? node, out BlockValue value, out string? error)
    {
        value = BlockValue.Empty;
        error = null;
        if (node is JsonValue v && v.TryGetValue<string>(out var nested))
        {
            return TryParse(nested, out value, out error);
        }

        if (node is not JsonObject obj)
        {
            error = node is null ? null : "the block value is not a JSON object";
            return node is null;
        }

        try
        {
            value = new BlockValue(
                Items(obj, "contentData"),
                Items(obj, "settingsData"),
                List(obj, "expose").Select(e => new BlockExpose(
                    KeyOf(e, "contentKey", "contentUdi"), Str(e, "culture"), Str(e, "segment"))).ToList(),
                Layouts(obj).Select(l => new BlockLayout(l.Key, List(l.Key, l.Value).Select(LayoutItem).ToList())).ToList());
            return true;
        }
        catch (FormatException e)
        {
            error = $"the block value is malformed: {e.Message}";
            return false;
        }
    }

    /// <summary>The JSON uSync writes for a block value.</summary>
    public static string Write(BlockValue value) => ToNode(value).ToJsonString(WriteOptions);

    public static JsonObject ToNode(BlockValue value) => new()
    {
        ["contentData"] = ItemsNode(value.ContentData),
        ["settingsData"] = ItemsNode(value.SettingsData),
        ["expose"] = new JsonArray(value.Expose.Select(e => (JsonNode)new JsonObject
        {
            ["contentKey"] = e.ContentKey.ToString(),
            ["culture"] = e.Culture,
            ["segment"] = e.Segment,
        }).ToArray()),
        ["Layout"] = LayoutNode(value.Layout),
    };

    private static JsonArray ItemsNode(IEnumerable<BlockItem> items) => new(items.Select(i => (JsonNode)new JsonObject
    {
        ["contentTypeKey"] = i.ContentTypeKey.ToString(),
        ["key"] = i.Key.ToString(),
        ["udi"] = null,
        ["values"] = new JsonArray(i.Values.Select(v => (JsonNode)new JsonObject
        {
            ["alias"] = v.Alias,
            ["culture"] = v.Culture,
            ["editorAlias"] = v.EditorAlias,
            ["segment"] = v.Segment,
            ["value"] = v.Value?.DeepClone(),
        }).ToArray()),
    }).ToArray());

    private static JsonObject LayoutNode(IEnumerable<BlockLayout> layouts)
    {
        var node = new JsonObject();
        foreach (var layout in layouts)
        {
            node[layout.EditorAlias] = new JsonArray(layout.Items.Select(LayoutItemNode).ToArray());
        }

        return node;
    }

    private static JsonNode LayoutItemNode(BlockLayoutItem item)
    {
        var node = new JsonObject
        {
            ["contentKey"] = item.ContentKey.ToString(),
            ["contentUdi"] = null,
            ["settingsKey"] = item.SettingsKey?.ToString(),
            ["settingsUdi"] = null,
        };
        foreach (var (name, extra) in item.Extra ?? [])
        {
            node[name] = extra?.DeepClone();
        }

        return node;
    }

    /// <summary>A member that must be a list when present: a value of another type is an error, not an empty list, so a
    /// mangled body is reported instead of rendering as an empty article.</summary>
    private static JsonArray List(JsonNode? node, string name) => List(name, Member(node, name));

    private static JsonArray List(string name, JsonNode? value) => value switch
    {
        null => [],
        JsonArray array => array,
        _ => throw new FormatException($"'{name}' is {JsonKind(value)}, not a list"),
    };

    private static JsonObject Layouts(JsonObject obj) => Member(obj, "layout") switch
    {
        null => [],
        JsonObject layout => layout,
        var other => throw new FormatException($"'layout' is {JsonKind(other)}, not an object"),
    };

    /// <summary>How a JSON value reads in a message: "a number", "a list", "text".</summary>
    public static string JsonKind(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        _ => "true or false",
    };

    private static List<BlockItem> Items(JsonObject obj, string name) =>
        List(obj, name).Select(i => new BlockItem(
            Guid(i, "contentTypeKey"),
            KeyOf(i, "key", "udi"),
            ValuesOf(i))).ToList();

    private static List<BlockPropertyValue> ValuesOf(JsonNode? item)
    {
        if (item is not JsonObject)
        {
            throw new FormatException($"a block is {JsonKind(item)}, not an object");
        }

        if (Member(item, "values") is { } member)
        {
            return List("values", member).Select(v => new BlockPropertyValue(
                Str(v, "alias") ?? throw new FormatException("a block value has no alias"),
                Str(v, "culture"),
                Str(v, "segment"),
                Str(v, "editorAlias"),
                Member(v, "value"))).ToList();
        }

        // Before Umbraco 15 a block's values were members of the block itself, keyed by alias.
        return (item as JsonObject ?? [])
            .Where(p => p.Key is not ("contentTypeKey" or "key" or "udi"))
            .Select(p => new BlockPropertyValue(p.Key, null, null, null, p.Value))
            .ToList();
    }

    private static BlockLayoutItem LayoutItem(JsonNode? node)
    {
        var settings = Member(node, "settingsKey") is { } s ? ParseGuid(Text(s, "settingsKey"))
            : Member(node, "settingsUdi") is { } su ? ParseUdi(Text(su, "settingsUdi")) : (Guid?)null;
        var areas = List(node, "areas").Select(a => new BlockArea(Guid(a, "key"), List(a, "items").Select(LayoutItem).ToList())).ToList();
        var extra = new JsonObject();
        foreach (var (name, value) in node as JsonObject ?? [])
        {
            if (name is not ("contentKey" or "contentUdi" or "settingsKey" or "settingsUdi"))
            {
                extra[name] = value?.DeepClone();
            }
        }

        return new BlockLayoutItem(KeyOf(node, "contentKey", "contentUdi"), settings, areas, extra.Count == 0 ? null : extra);
    }

    /// <summary>Finds a member case-insensitively, as Umbraco's block value converter does (it reads "Layout" and "layout").</summary>
    private static JsonNode? Member(JsonNode? node, string name) =>
        (node as JsonObject)?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string Text(JsonNode value, string name) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text : throw new FormatException($"'{name}' is not text");

    private static string? Str(JsonNode? node, string name) =>
        Member(node, name) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static Guid Guid(JsonNode? node, string name) =>
        ParseGuid(Str(node, name) ?? throw new FormatException($"'{name}' is missing"));

    private static Guid KeyOf(JsonNode? node, string keyName, string udiName) =>
        Str(node, keyName) is { } key ? ParseGuid(key)
        : Str(node, udiName) is { } udi ? ParseUdi(udi)
        : throw new FormatException($"'{keyName}' is missing");

    private static Guid ParseGuid(string text) =>
        System.Guid.TryParse(text, out var g) ? g : throw new FormatException($"'{text}' is not a GUID");

    private static Guid ParseUdi(string udi) =>
        Udis.TryParseKey(udi, out var key) ? key : throw new FormatException($"'{udi}' is not an Umbraco UDI");
}
