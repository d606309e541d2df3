using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClinicKit.Content.Blocks;

/// <summary>A rich text value as Umbraco 15+ stores it: the HTML markup and the blocks placed inside it.</summary>
public sealed record RichTextValue(string Markup, BlockValue Blocks)
{
    /// <summary>Reads a stored rich text value: the <c>{blocks, markup}</c> object, its JSON string, or plain legacy HTML.</summary>
    public static RichTextValue FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return new RichTextValue("", BlockValue.Empty);
            case JsonValue v when v.TryGetValue<string>(out var text):
                return Parse(text);
            case JsonObject obj:
                var markup = obj["markup"] is JsonValue m && m.TryGetValue<string>(out var s) ? s : "";
                BlockValueJson.TryFromNode(obj["blocks"], out var blocks, out _);
                return new RichTextValue(markup, blocks);
            default:
                return new RichTextValue("", BlockValue.Empty);
        }
    }

    public static RichTextValue Parse(string? text)
    {
        var trimmed = text?.TrimStart() ?? "";
        if (trimmed.StartsWith('{'))
        {
            try
            {
                return FromNode(JsonNode.Parse(trimmed));
            }
            catch (JsonException)
            {
                // Not JSON after all: Umbraco still accepts plain HTML from before version 15.
            }
        }

        return new RichTextValue(text ?? "", BlockValue.Empty);
    }

    /// <summary>The value in the shape uSync exports it (members in alphabetical order: blocks, then markup).</summary>
    public JsonObject ToNode() => new()
    {
        ["blocks"] = BlockValueJson.ToNode(Blocks),
        ["markup"] = Markup,
    };

    public string ToJson() => ToNode().ToJsonString(BlockValueJson.WriteOptions);
}
