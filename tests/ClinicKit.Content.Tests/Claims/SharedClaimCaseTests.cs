using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;

namespace ClinicKit.Content.Tests.Claims;

/// <summary>The C# claim rules against the table the backoffice's Vitest suite also runs, so both give the same answers.</summary>
public sealed class SharedClaimCaseTests
{
    private static readonly string CasesPath = Path.Combine(Paths.RepositoryRoot, "tests", "claim-cases", "cases.json");

    public static IEnumerable<TestCaseData> Cases() =>
        JsonNode.Parse(File.ReadAllText(CasesPath))!.AsArray()
            .Select(c => new TestCaseData(c!.AsObject()).SetName(c["name"]!.GetValue<string>()));

    [TestCaseSource(nameof(Cases))]
    public void The_rules_give_the_findings_the_shared_table_expects(JsonObject testCase)
    {
        Assert.That(BlockValueJson.TryFromNode(testCase["body"]?.DeepClone(), out var body, out var error), Is.True, error);
        var citations = (testCase["citations"] as JsonObject ?? [])
            .ToDictionary(
                c => Guid.Parse(c.Key),
                c => new CitationInfo(c.Value!["title"]!.GetValue<string>(), Enum.Parse<CitationState>(c.Value["state"]!.GetValue<string>(), ignoreCase: true)));
        var review = testCase["review"] as JsonObject;
        var options = new ClaimOptions(testCase["options"]?["reviewOverdueIsError"]?.GetValue<bool>() ?? false);

        var findings = ClaimChecker.Check(
            ClaimReader.Read(body),
            key => citations.GetValueOrDefault(key),
            new ReviewDates(
                review?["reviewedBy"]?.GetValue<string>(),
                UsyncLibraryReader.Date(review?["lastReviewed"]?.GetValue<string>()),
                UsyncLibraryReader.Date(review?["nextReviewDue"]?.GetValue<string>())),
            DateOnly.Parse(testCase["today"]!.GetValue<string>()),
            options,
            treatment: testCase["treatment"]?.GetValue<string>(),
            statements: PlainTextStatements.Find(body));

        var expected = testCase["expected"]!.AsArray().Select(e => new
        {
            Code = e!["code"]!.GetValue<string>(),
            Severity = e["severity"]!.GetValue<string>(),
            Claim = e["claim"]?.GetValue<int?>(),
            Citation = e["citation"]?.GetValue<string>(),
            Message = e["message"]!.GetValue<string>(),
        }).ToList();
        var actual = findings.Select(f => new
        {
            f.Code,
            Severity = f.Severity.ToString().ToLowerInvariant(),
            f.Claim,
            f.Citation,
            f.Message,
        }).ToList();

        Assert.That(actual, Is.EqualTo(expected));
    }
}
