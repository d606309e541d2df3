using System.Text.Json.Nodes;

namespace ClinicKit.Content.Blocks;

/// <summary>A block list or block grid value as Umbraco 17 stores it: content, settings, expose and layout.</summary>
public sealed record BlockValue(
    IReadOnlyList<BlockItem> ContentData,
    IReadOnlyList<BlockItem> SettingsData,
    IReadOnlyList<BlockExpose> Expose,
    IReadOnlyList<BlockLayout> Layout)
{
    public const string BlockListEditor = "Umbraco.BlockList";
    public const string BlockGridEditor = "Umbraco.BlockGrid";

    public static BlockValue Empty { get; } = new([], [], [], []);

    public BlockItem? Content(Guid key) => ContentData.FirstOrDefault(c => c.Key == key);

    public BlockItem? Settings(Guid key) => SettingsData.FirstOrDefault(s => s.Key == key);

    public bool IsExposed(Guid contentKey) => Expose.Any(e => e.ContentKey == contentKey);

    /// <summary>Every layout entry, grid areas included, in the order an editor sees them.</summary>
    public IEnumerable<BlockLayoutItem> AllLayoutItems() => Layout.SelectMany(l => l.Items).SelectMany(Flatten);

    /// <summary>The content blocks in layout order, skipping layout entries whose content is missing.</summary>
    public IEnumerable<BlockItem> ContentInLayoutOrder() =>
        AllLayoutItems().Select(i => Content(i.ContentKey)).OfType<BlockItem>();

    private static IEnumerable<BlockLayoutItem> Flatten(BlockLayoutItem item) =>
        new[] { item }.Concat(item.Areas.SelectMany(a => a.Items).SelectMany(Flatten));
}

/// <summary>One block's element data: its element type, key and property values.</summary>
public sealed record BlockItem(Guid ContentTypeKey, Guid Key, IReadOnlyList<BlockPropertyValue> Values)
{
    /// <summary>The invariant value of a property, or null.</summary>
    public JsonNode? Value(string alias) =>
        Values.FirstOrDefault(v => v.Alias == alias && v.Culture is null && v.Segment is null)?.Value;

    /// <summary>The invariant value as text: a JSON string's content, any other JSON as written, or "" when missing.</summary>
    public string Text(string alias) => Value(alias) switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var node => node.ToJsonString(),
    };
}

public sealed record BlockPropertyValue(string Alias, string? Culture, string? Segment, string? EditorAlias, JsonNode? Value);

public sealed record BlockExpose(Guid ContentKey, string? Culture, string? Segment);

/// <summary>The layout entries for one editor alias (<c>Umbraco.BlockList</c> or <c>Umbraco.BlockGrid</c>).</summary>
public sealed record BlockLayout(string EditorAlias, IReadOnlyList<BlockLayoutItem> Items);

/// <summary>A layout entry. Grid entries also carry spans and areas; <see cref="Extra"/> keeps any further fields as stored.</summary>
public sealed record BlockLayoutItem(Guid ContentKey, Guid? SettingsKey, IReadOnlyList<BlockArea> Areas, JsonObject? Extra = null);

public sealed record BlockArea(Guid Key, IReadOnlyList<BlockLayoutItem> Items);
