using BenchmarkDotNet.Attributes;
using ClinicKit.Content.Library;

namespace ClinicKit.Benchmarks;

/// <summary>Clinic-token replacement, as every call to action renders it: an ordinary text, and the hostile shapes that made
/// the old backtracking pattern run for minutes (<c>{{</c> and 100,000 spaces; 100,000 opening braces; 50,000 unclosed tokens).</summary>
[MemoryDiagnoser]
[InProcess]
public class TokenBenchmarks
{
    private static readonly ClinicSite Clinic = new(
        Guid.NewGuid(), "Maple Clinic", "Maple Clinic", "", "(555) 010-0199", "hi@maple.test", "", "Springfield", "https://booking.maple.test/",
        "#1F4E79", "This clinic", Seo.None, null, ["maple.test"], [], true, 0);

    private static readonly Dictionary<string, string> Texts = new()
    {
        ["ordinary"] = "Book a consultation at {{clinic.name}} in {{clinic.city}}: call {{clinic.phone}} or write to {{clinic.email}}.",
        ["open+100k spaces"] = "{{" + new string(' ', 100_000),
        ["100k braces"] = new string('{', 100_000) + "clinic.name}}",
        ["50k unclosed"] = string.Concat(Enumerable.Repeat("{{ ", 50_000)),
    };

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "ordinary";

    public static IEnumerable<string> Shapes => Texts.Keys;

    [Benchmark]
    public int Replace() => ClinicTokens.Replace(Texts[Shape], Clinic).Length;

    [Benchmark]
    public int Unknown() => ClinicTokens.Unknown(Texts[Shape]).Count();
}
