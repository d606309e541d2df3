namespace ClinicKit.Cli.Tests;

/// <summary>A temporary file an interrupted command left: validate names it, read-only commands leave it, and the next
/// command that writes to the folder removes it and says so.</summary>
public sealed class LeftoverTests
{
    private const string Leftover = "Content/berman-et-al.2000.config.tmp-1a2b3c4d";

    [Test]
    public async Task Validate_names_a_leftover_temporary_file_as_a_warning_and_leaves_it()
    {
        using var copy = LeftBehind();

        var (exit, output, _) = await CliRun.Run("validate", copy.Root);

        Assert.That(exit, Is.Zero, "a leftover is never read, so it is no error");
        Assert.That(output, Does.Contain($"{Leftover}\n  warning CK0020: a temporary file left by a clinickit command that was stopped before it finished"));
        Assert.That(output.Trim(), Does.EndWith("0 errors, 1 warning"));
        Assert.That(File.Exists(copy.PathOf(Leftover)));
    }

    [TestCase("audit")]
    [TestCase("format", "--check")]
    public async Task A_command_that_only_reads_leaves_it(params string[] command)
    {
        using var copy = LeftBehind();

        await CliRun.Run([.. command, copy.Root]);

        Assert.That(File.Exists(copy.PathOf(Leftover)));
    }

    [TestCase("format")]
    [TestCase("import", "{seeds}")]
    [TestCase("new-site", "--name", "Harbor Light Clinic", "--domain", "harborlight.test", "--city", "Seattle", "--phone", "(206) 555-0170",
        "--email", "hello@harborlight.test", "--booking-url", "https://booking.harborlight.test/", "--brand-color", "#234E70", "--articles", "all",
        "--cta-text", "Call {{clinic.name}} today.")]
    public async Task The_next_command_that_writes_removes_it_and_says_so(params string[] command)
    {
        using var copy = LeftBehind();

        var (exit, _, error) = await CliRun.Run([.. command.Select(a => a == "{seeds}" ? Paths.Seeds : a), "--folder", copy.Root]);

        Assert.That(exit, Is.Zero, error);
        Assert.That(error, Does.Contain($"removed 1 temporary file(s) an interrupted command left in {copy.Root}"));
        Assert.That(File.Exists(copy.PathOf(Leftover)), Is.False);
        Assert.That((await CliRun.Run("validate", copy.Root)).Out, Does.Not.Contain("CK0020"));
    }

    private static TempUsyncCopy LeftBehind()
    {
        var copy = new TempUsyncCopy(Paths.ShippedUsync);
        File.Copy(copy.PathOf("Content/berman-et-al.2000.config"), copy.PathOf(Leftover));
        return copy;
    }
}
