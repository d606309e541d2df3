using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicKit.Content.Diagnostics;

namespace ClinicKit.Content.Claims;

/// <summary>The claim rules as data, from <c>claim-rules.json</c>: the same file the backoffice extension reads.</summary>
public sealed class ClaimRuleSet
{
    private static readonly Lazy<ClaimRuleSet> Shipped = new(Load);

    [JsonPropertyName("claimBlock")]
    public required ClaimBlockShape ClaimBlock { get; init; }

    [JsonPropertyName("safetyBlock")]
    public required SafetyBlockShape SafetyBlock { get; init; }

    /// <summary>The article property that names the treatment an article discusses; empty means it discusses none.</summary>
    [JsonPropertyName("treatmentProperty")]
    public required string TreatmentProperty { get; init; }

    [JsonPropertyName("regulatoryClaimType")]
    public required string RegulatoryClaimType { get; init; }

    [JsonPropertyName("limitedEvidence")]
    public required IReadOnlyList<string> LimitedEvidence { get; init; }

    [JsonPropertyName("statementPreviewLength")]
    public required int StatementPreviewLength { get; init; }

    [JsonPropertyName("claimRules")]
    public required IReadOnlyList<RuleText> ClaimRules { get; init; }

    [JsonPropertyName("treatmentRules")]
    public required IReadOnlyList<RuleText> TreatmentRules { get; init; }

    [JsonPropertyName("reviewRules")]
    public required IReadOnlyList<RuleText> ReviewRules { get; init; }

    public static ClaimRuleSet Current => Shipped.Value;

    // Stryker disable Linq,String : equivalent, every code the checker asks for is in the embedded file (the shared claim cases
    // reach each one), so these only tell a developer which rule or resource a broken build lost
    public RuleText Rule(string code) =>
        ClaimRules.Concat(TreatmentRules).Concat(ReviewRules).FirstOrDefault(r => r.Code == code)
        ?? throw new InvalidOperationException($"claim-rules.json has no rule {code}");

    private static ClaimRuleSet Load()
    {
        using var stream = typeof(ClaimRuleSet).Assembly.GetManifestResourceStream("ClinicKit.Content.Claims.claim-rules.json")
            ?? throw new InvalidOperationException("claim-rules.json is not embedded");
        return JsonSerializer.Deserialize<ClaimRuleSet>(stream) ?? throw new InvalidOperationException("claim-rules.json is empty");
    }

    // Stryker restore Linq,String
}

public sealed record ClaimBlockShape(
    [property: JsonPropertyName("alias")] string Alias,
    [property: JsonPropertyName("elementTypeKey")] Guid ElementTypeKey,
    [property: JsonPropertyName("properties")] IReadOnlyDictionary<string, string> Properties);

/// <summary>The safety block: its element type and the properties (in reading order) that each hold a block list of claim blocks.</summary>
public sealed record SafetyBlockShape(
    [property: JsonPropertyName("alias")] string Alias,
    [property: JsonPropertyName("elementTypeKey")] Guid ElementTypeKey,
    [property: JsonPropertyName("sections")] IReadOnlyList<string> Sections);

public sealed partial record RuleText(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("severity")] string SeverityName,
    [property: JsonPropertyName("message")] string Message)
{
    public Severity Severity => Enum.Parse<Severity>(SeverityName, ignoreCase: true);

    /// <summary>Fills the message's placeholders in one pass, so text that looks like a placeholder (or a regex
    /// substitution such as <c>$1</c>) inside a statement or title is shown as written.</summary>
    public string Format(IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(Message, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\w+)\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
