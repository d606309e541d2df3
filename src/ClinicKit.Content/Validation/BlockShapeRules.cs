using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>The values inside ClinicKit's blocks have the JSON types their editors store: a number where text belongs
/// would otherwise render as an empty block on every clinic that shows it.</summary>
public sealed class BlockShapeRules : IValidationRule
{
    private enum Shape
    {
        /// <summary>Text box, text area: a JSON string.</summary>
        Text,

        /// <summary>Dropdown and picker values: a string (JSON or comma-separated) or a list of strings.</summary>
        TextOrTextList,

        /// <summary>Multi URL picker: a list of link objects, or that list as a JSON string.</summary>
        Links,

        /// <summary>Rich text (Umbraco 15+): <c>{blocks, markup}</c> with text markup, or legacy HTML as a string.</summary>
        RichText,
    }

    private static readonly Dictionary<(Guid Element, string Alias), Shape> Expected = new()
    {
        [(DocumentTypes.RichTextBlock.Key, Props.Text)] = Shape.RichText,
        [(DocumentTypes.ClaimBlock.Key, Props.Statement)] = Shape.Text,
        [(DocumentTypes.ClaimBlock.Key, Props.Qualifier)] = Shape.Text,
        [(DocumentTypes.ClaimBlock.Key, Props.Citations)] = Shape.TextOrTextList,
        [(DocumentTypes.ClaimBlock.Key, Props.ClaimType)] = Shape.TextOrTextList,
        [(DocumentTypes.ClaimBlock.Key, Props.EvidenceStrength)] = Shape.TextOrTextList,
        [(DocumentTypes.CtaBlock.Key, Props.Heading)] = Shape.Text,
        [(DocumentTypes.CtaBlock.Key, Props.Body)] = Shape.Text,
        [(DocumentTypes.CtaBlock.Key, Props.ButtonLabel)] = Shape.Text,
        [(DocumentTypes.CtaBlock.Key, Props.Link)] = Shape.Links,
        [(DocumentTypes.CtaBlock.Key, Props.Style)] = Shape.TextOrTextList,
    };

    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var node in context.Folder.Content)
        {
            foreach (var property in node.Properties.Where(p => p.Alias is Props.Body or Props.CallToAction))
            {
                if (!BlockValueJson.TryParse(property.Invariant, out var value, out _))
                {
                    // ContentReferenceRules reports a value that is not a block value at all.
                    continue;
                }

                foreach (var block in value.ContentData)
                {
                    foreach (var stored in block.Values)
                    {
                        if (Expected.TryGetValue((block.ContentTypeKey, stored.Alias), out var shape) && Problem(shape, stored.Value) is { } problem)
                        {
                            yield return context.At(DiagnosticCodes.WrongJsonShape, node,
                                $"'{property.Alias}': block {block.Key}, '{stored.Alias}' {problem}", property.Line);
                        }
                    }
                }
            }
        }
    }

    private static string? Problem(Shape shape, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        var kind = value.GetValueKind();
        return shape switch
        {
            Shape.Text when kind != JsonValueKind.String => $"is {BlockValueJson.JsonKind(value)}, not text",
            Shape.TextOrTextList when kind == JsonValueKind.Array && value.AsArray().Any(x => x?.GetValueKind() != JsonValueKind.String) =>
                "is a list that holds something other than text",
            Shape.TextOrTextList when kind is not (JsonValueKind.String or JsonValueKind.Array) => $"is {BlockValueJson.JsonKind(value)}, not text or a list of text",
            Shape.Links when kind == JsonValueKind.Array && value.AsArray().Any(x => x?.GetValueKind() != JsonValueKind.Object) =>
                "is a list that holds something other than links",
            Shape.Links when kind is not (JsonValueKind.String or JsonValueKind.Array) => $"is {BlockValueJson.JsonKind(value)}, not a list of links",
            Shape.RichText when kind == JsonValueKind.Object => RichTextProblem(value.AsObject()),
            Shape.RichText when kind != JsonValueKind.String => $"is {BlockValueJson.JsonKind(value)}, not rich text",
            _ => null,
        };
    }

    private static string? RichTextProblem(JsonObject value) =>
        value["markup"] is { } markup && markup.GetValueKind() != JsonValueKind.String
            ? $"has markup that is {BlockValueJson.JsonKind(markup)}, not text"
            : value["blocks"] is { } blocks && blocks.GetValueKind() is not (JsonValueKind.Object or JsonValueKind.Null)
                ? $"has blocks that are {BlockValueJson.JsonKind(blocks)}, not a block value"
                : null;
}
