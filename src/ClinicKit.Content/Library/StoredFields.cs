using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Library;

/// <summary>Property values in the form Umbraco stores them (a uSync node's, a block's, the publish guard's), decoded for
/// the source-neutral readers.</summary>
/// <param name="media">The media item a media picker's key names, when the holder of these values has it.</param>
public sealed partial class StoredFields(Func<string, JsonNode?> value, Func<Guid, MediaImage?>? media = null) : IContentFields
{
    public static StoredFields Of(ContentNode node, Func<Guid, MediaImage?>? media = null) =>
        new(alias => node.Value(alias) is { } text ? JsonValue.Create(text) : null, media);

    /// <summary>The images of a uSync folder by key: an Image media item that is not trashed and names a file.</summary>
    public static Func<Guid, MediaImage?> Media(UsyncFolder folder)
    {
        var images = folder.Media.Where(m => !m.Trashed).DistinctBy(m => m.Key).ToDictionary(m => m.Key);
        return key => images.TryGetValue(key, out var item) && MediaPicks.FileOf(item.Value("umbracoFile")) is { Length: > 0 } src
            ? new MediaImage(item.Key, src, item.Value("altText") ?? "")
            : null;
    }

    public static StoredFields Of(BlockItem block) => new(block.Value);

    /// <summary>A stored block value's blocks in layout order; blocks that are not exposed are kept but not rendered.</summary>
    public static IReadOnlyList<ContentElement> Elements(BlockValue blocks) =>
        blocks.ContentInLayoutOrder().Select(b => new ContentElement(b.Key, b.ContentTypeKey, Of(b), blocks.IsExposed(b.Key))).ToList();

    /// <summary>Text as stored: a JSON string's content, any other JSON as written.</summary>
    public string Text(string alias) => value(alias) switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s.Trim(),
        var node => node.ToJsonString(),
    };

    public bool Flag(string alias) => Text(alias) is "1" or "true" or "True";

    public int? Number(string alias) => int.TryParse(Text(alias), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public DateOnly? Date(string alias) => UsyncLibraryReader.Date(Text(alias));

    public string Choice(string alias) => ClaimReader.FirstChoice(value(alias));

    /// <summary>A checkbox list is stored as a JSON array, or as its text (comma-separated) on older sites.</summary>
    public IReadOnlyList<string> Choices(string alias)
    {
        var stored = value(alias);
        if (stored is JsonValue v && v.TryGetValue<string>(out var text))
        {
            try
            {
                stored = text.TrimStart().StartsWith('[') ? JsonNode.Parse(text) : new JsonArray(text.Split(',').Select(d => (JsonNode?)JsonValue.Create(d.Trim())).ToArray());
            }
            catch (JsonException)
            {
                return [];
            }
        }

        return stored is JsonArray array
            ? array.Select(d => d is JsonValue s && s.TryGetValue<string>(out var choice) ? choice.Trim() : "").ToList()
            : [];
    }

    /// <summary>A content picker stores comma-separated document UDIs (inside a block, sometimes as a JSON array of them).</summary>
    public IReadOnlyList<PickedDocument> Picks(string alias) => Udis.ParsePicked(value(alias) switch
    {
        JsonArray array => string.Join(',', array.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s : x?.ToJsonString())),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => "",
    });

    public RichText RichText(string alias) => LocalLinks(RichTextValue.FromNode(value(alias)).Markup);

    public IReadOnlyList<ContentElement> Blocks(string alias) =>
        BlockValueJson.TryFromNode(value(alias)?.DeepClone(), out var blocks, out _) ? Elements(blocks) : [];

    /// <summary>A multi URL picker stores <c>[{name, target, udi, url, queryString}]</c>, as JSON or as its text.</summary>
    public Link? Link(string alias)
    {
        var stored = value(alias);
        if (stored is JsonValue v && v.TryGetValue<string>(out var text))
        {
            try
            {
                stored = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        if (stored is not JsonArray { Count: > 0 } links || links[0] is not JsonObject link)
        {
            return null;
        }

        string Str(string name) => link[name] is JsonValue s && s.TryGetValue<string>(out var r) ? r : "";
        Guid? key = Udis.TryParseKey(Str("udi"), out var k) ? k : null;
        return new Link(Str("url") + Str("queryString"), key, Str("name"), Str("target"));
    }

    /// <summary>Tags are stored as a JSON array (storage type Json) or, on older sites, comma-separated.</summary>
    public IReadOnlyList<string> Tags(string alias)
    {
        var text = Text(alias);
        if (text.Length == 0)
        {
            return [];
        }

        if (text.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(text) is JsonArray array
                    ? array.Select(t => t?.GetValue<string>() ?? "").Where(t => t.Length > 0).ToList()
                    : [];
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return [];
            }
        }

        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public MediaImage? Image(string alias) =>
        media is not null && MediaPicks.Parse(Text(alias)).FirstOrDefault() is var key && key != Guid.Empty ? media(key) : null;

    /// <summary>Umbraco stores a rich text link to a document as <c>{localLink:umb://document/…}</c> (or <c>{localLink:guid}</c>);
    /// a malformed one stays markup, for the sanitizer.</summary>
    public static RichText LocalLinks(string markup)
    {
        if (!markup.Contains("{localLink:", StringComparison.OrdinalIgnoreCase))
        {
            return Library.RichText.FromMarkup(markup);
        }

        var parts = new List<RichTextPart>();
        var at = 0;
        foreach (Match link in LocalLink().Matches(markup))
        {
            parts.Add(new MarkupPart(markup[at..link.Index]));
            parts.Add(new DocumentAddress(Guid.Parse(link.Groups[1].Value)));
            at = link.Index + link.Length;
        }

        parts.Add(new MarkupPart(markup[at..]));
        return new RichText(parts.Where(p => p is not MarkupPart { Html.Length: 0 }).ToList());
    }

    // Any slashes or backslashes before the link go with it: left in front of the address, "\" or "/\" would make
    // "\/articles/x", which browsers read as a link to the host "articles".
    [GeneratedRegex(@"[/\\]*\{localLink:(?:umb://document/)?([0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12})\}", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LocalLink();
}
