using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Library;

namespace ClinicKit.Content.Claims;

/// <summary>Finds the claim blocks in an article body and reads their values as RULES.md describes.</summary>
public static partial class ClaimReader
{
    /// <summary>The claims of a stored block value (what uSync files and the publish guard hold).</summary>
    public static IReadOnlyList<Claim> Read(BlockValue body, ClaimRuleSet? rules = null) => Read(StoredFields.Elements(body), rules);

    /// <summary>The claims of a body's blocks, whichever source decoded them: numbered in reading order, safety points by
    /// section; a block Umbraco does not render still takes its numbers, so numbering matches what the rules report.</summary>
    public static IReadOnlyList<Claim> Read(IReadOnlyList<ContentElement> body, ClaimRuleSet? rules = null)
    {
        // Stryker disable once Assignment : equivalent, no caller passes a rule set of its own, so both forms read the shipped one
        rules ??= ClaimRuleSet.Current;
        var claims = new List<Claim>();
        foreach (var block in body)
        {
            if (block.ContentTypeKey == rules.ClaimBlock.ElementTypeKey)
            {
                claims.Add(ToClaim(block, claims.Count + 1, null, rules));
            }
            else if (block.ContentTypeKey == rules.SafetyBlock.ElementTypeKey)
            {
                foreach (var section in rules.SafetyBlock.Sections)
                {
                    foreach (var point in block.Fields.Blocks(section).Where(b => b.ContentTypeKey == rules.ClaimBlock.ElementTypeKey))
                    {
                        claims.Add(ToClaim(point, claims.Count + 1, section, rules));
                    }
                }
            }
        }

        return claims;
    }

    private static Claim ToClaim(ContentElement b, int number, string? section, ClaimRuleSet rules)
    {
        var props = rules.ClaimBlock.Properties;
        return new Claim(
            number,
            b.Key,
            Clean(b.Fields.Text(props["statement"])),
            b.Fields.Picks(props["citations"]),
            b.Fields.Choice(props["claimType"]),
            b.Fields.Choice(props["evidenceStrength"]),
            Clean(b.Fields.Text(props["qualifier"])),
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
    // Stryker disable once String : equivalent, the reader passes IContentFields.Text, which is never null
    public static string Clean(string? text) => Whitespace().Replace(text ?? "", " ").Trim();

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
