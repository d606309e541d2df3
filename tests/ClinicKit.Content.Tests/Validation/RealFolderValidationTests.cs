using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Validation;

namespace ClinicKit.Content.Tests.Validation;

public sealed class RealFolderValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [TestCaseSource(typeof(Paths), nameof(Paths.FixtureNames))]
    public void A_real_export_gives_no_error(string fixture)
    {
        var diagnostics = UsyncValidator.Validate(UsyncFolderReader.Read(Paths.Fixture(fixture)), Today);
        foreach (var d in diagnostics)
        {
            TestContext.Out.WriteLine(d);
        }

        Assert.That(diagnostics.Where(d => d.Severity == Severity.Error), Is.Empty);
    }

    [Test]
    public void The_shipped_package_gives_no_error_and_no_warning()
    {
        var diagnostics = UsyncValidator.Validate(UsyncFolderReader.Read(Paths.ShippedUsync), Today);
        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
    }
}
