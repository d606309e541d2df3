using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ClinicKit.Content.Claims;

/// <summary>One kind of medical claim (onset, safety, ...): a sentence is of this kind when every pattern of one of its
/// <see cref="When"/> lists matches it, or of one of its <see cref="InTextOnly"/> lists when it is not a heading.</summary>
/// <remarks>A heading names a section ("Side effects and supervision", "How it works in the brain"), so the lists that
/// need no claim word of their own (a treatment named beside a condition, a brain word) do not apply to it.</remarks>
public sealed record ClaimKind(string Kind, string Label, string ClaimType, IReadOnlyList<IReadOnlyList<Regex>> When, IReadOnlyList<IReadOnlyList<Regex>> InTextOnly)
{
    public bool Matches(string sentence, bool isHeading = false) =>
        When.Any(all => all.All(p => p.IsMatch(sentence))) || (!isHeading && InTextOnly.Any(all => all.All(p => p.IsMatch(sentence))));
}

/// <summary>How ClinicKit spots a sentence that makes a medical claim, read from <c>claim-detection.json</c> (the file the
/// backoffice reads too). Over-catching is cheaper than missing: a reviewer deletes a claim block in a second, while an
/// unsourced claim that slips through is published.</summary>
public sealed partial class ClaimDetection
{
    private static readonly Lazy<ClaimDetection> Shipped = new(() => Load(Resource()));

    private readonly IReadOnlyList<IReadOnlyList<Regex>> _ordinary;
    private readonly IReadOnlyList<Regex> _stillClaims;

    private ClaimDetection(IReadOnlyList<ClaimKind> kinds, IReadOnlyList<IReadOnlyList<Regex>> ordinary, IReadOnlyList<Regex> stillClaims, RuleText finding)
    {
        Kinds = kinds;
        _ordinary = ordinary;
        _stillClaims = stillClaims;
        Finding = finding;
    }

    public static ClaimDetection Current => Shipped.Value;

    /// <summary>In the order they are tried.</summary>
    public IReadOnlyList<ClaimKind> Kinds { get; }

    /// <summary>The diagnostic for a claim found in plain text (CK0322).</summary>
    public RuleText Finding { get; }

    /// <summary>The first kind of claim the sentence (or heading) makes, or null when it makes none.</summary>
    public ClaimKind? Match(string sentence, bool isHeading = false)
    {
        // Mutation testing: "all.Any" for "all.All" survives as equivalent while each ordinaryText list in
        // claim-detection.json holds one pattern.
        if (_ordinary.Any(all => all.All(p => p.IsMatch(sentence))) && !_stillClaims.Any(p => p.IsMatch(sentence)))
        {
            return null;
        }

        return Kinds.FirstOrDefault(k => k.Matches(sentence, isHeading));
    }

    public static ClaimDetection Load(Stream json)
    {
        var data = JsonSerializer.Deserialize<DetectionData>(json) ?? throw new InvalidOperationException("claim-detection.json is empty");
        Regex Compile(string pattern) =>
            new(Cue().Replace(pattern, m => data.Cues.TryGetValue(m.Groups[1].Value, out var cue)
                    ? $"(?:{cue})"
                    : throw new InvalidOperationException($"claim-detection.json: the pattern '{pattern}' names no cue '{m.Groups[1].Value}'")),
                // Mutation testing: dropping NonBacktracking survives as an equivalent mutant, both engines find the same
                // matches; it bounds the time a hostile sentence can take.
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        IReadOnlyList<IReadOnlyList<Regex>> Lists(IReadOnlyList<IReadOnlyList<string>>? lists) =>
            (lists ?? []).Select(all => (IReadOnlyList<Regex>)all.Select(Compile).ToList()).ToList();
        var kinds = data.Kinds.Select(k => new ClaimKind(k.Kind, k.Label, k.ClaimType, Lists(k.When), Lists(k.InTextOnly))).ToList();
        return new ClaimDetection(kinds,
            Lists(data.OrdinaryText),
            data.StillClaims.Select(Compile).ToList(),
            data.Finding);
    }

    private static Stream Resource() =>
        typeof(ClaimDetection).Assembly.GetManifestResourceStream("ClinicKit.Content.Claims.claim-detection.json")
        ?? throw new InvalidOperationException("claim-detection.json is not embedded");

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Cue();

    private sealed record DetectionData(
        [property: JsonPropertyName("cues")] IReadOnlyDictionary<string, string> Cues,
        [property: JsonPropertyName("kinds")] IReadOnlyList<KindData> Kinds,
        [property: JsonPropertyName("ordinaryText")] IReadOnlyList<IReadOnlyList<string>> OrdinaryText,
        [property: JsonPropertyName("stillClaims")] IReadOnlyList<string> StillClaims,
        [property: JsonPropertyName("finding")] RuleText Finding);

    private sealed record KindData(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("claimType")] string ClaimType,
        [property: JsonPropertyName("when")] IReadOnlyList<IReadOnlyList<string>>? When,
        [property: JsonPropertyName("inTextOnly")] IReadOnlyList<IReadOnlyList<string>>? InTextOnly);
}
