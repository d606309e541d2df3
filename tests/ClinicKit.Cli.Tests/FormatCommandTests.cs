namespace ClinicKit.Cli.Tests;

public sealed class FormatCommandTests
{
    [Test]
    public async Task Check_on_the_shipped_package_lists_no_file()
    {
        var (exit, output, _) = await CliRun.Run("format", "--check", Paths.ShippedUsync);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("every file is in uSync's form"));
    }

    [Test]
    public async Task Check_on_the_real_exports_lists_only_the_file_a_person_edited()
    {
        var clean = await CliRun.Run("format", "--check", Paths.Fixture("clean-starter-kit"));
        var merchello = await CliRun.Run("format", "--check", Paths.Fixture("merchello"));

        Assert.That(clean.Exit, Is.EqualTo(1));
        Assert.That(clean.Out.Split('\n')[0], Is.EqualTo("ContentTypes/articlelist.config"));
        Assert.That(clean.Out.Split('\n').Count(l => l.EndsWith(".config", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(merchello.Exit, Is.EqualTo(0));
    }

    [Test]
    public async Task Format_puts_a_hand_edited_file_back_into_uSyncs_form_and_changes_nothing_else()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        const string edited = "ContentTypes/clinickitclaimblock.config";
        var original = File.ReadAllBytes(copy.PathOf(edited));
        var messy = System.Text.Encoding.UTF8.GetString(original)
            .Replace("\n", "\r\n")
            .Replace("  <Structure />", "    <Structure></Structure>")
            .TrimStart('\uFEFF') + "\n\n";
        File.WriteAllText(copy.PathOf(edited), messy);
        var untouched = Directory.EnumerateFiles(copy.Root, "*.config", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("claimblock.config", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllBytes);

        var check = await CliRun.Run("format", "--check", copy.Root);
        var format = await CliRun.Run("format", copy.Root);

        Assert.Multiple(() =>
        {
            Assert.That(check.Exit, Is.EqualTo(1));
            Assert.That(check.Out, Does.StartWith(edited));
            Assert.That(format.Exit, Is.EqualTo(0));
            Assert.That(File.ReadAllBytes(copy.PathOf(edited)), Is.EqualTo(original));
            Assert.That(untouched.Where(f => !File.ReadAllBytes(f.Key).AsSpan().SequenceEqual(f.Value)), Is.Empty);
        });
    }

    [Test]
    public async Task Format_leaves_a_broken_file_alone_and_says_so()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var broken = File.ReadAllBytes(copy.PathOf("Content/berman-et-al.2000.config"))[..700];
        copy.WriteBytes("Content/berman-et-al.2000.config", broken);

        var (exit, _, error) = await CliRun.Run("format", copy.Root);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("Content/berman-et-al.2000.config").And.Contain("left unchanged"));
        Assert.That(File.ReadAllBytes(copy.PathOf("Content/berman-et-al.2000.config")), Is.EqualTo(broken));
    }
}
