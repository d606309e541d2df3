using ClinicKit.Content.Diagnostics;

namespace ClinicKit.Content.Tests;

/// <summary>The README is the manual: it must list every diagnostic code the tools can report.</summary>
public sealed class ReadmeTests
{
    [Test]
    public void Every_diagnostic_code_is_documented_in_the_README_with_its_severity()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "README.md"));
        var missing = DiagnosticCodes.All
            .Where(c => !readme.Contains($"| {c.Code} | {c.Severity.ToString().ToLowerInvariant()} | {c.Title} |", StringComparison.Ordinal))
            .Select(c => c.Code);
        Assert.That(missing, Is.Empty);
    }
}
