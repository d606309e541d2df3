using System.Text.Json.Nodes;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Authoring;

namespace ClinicKit.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Test]
    public async Task The_shipped_package_validates_with_no_error_and_no_warning()
    {
        var (exit, output, _) = await CliRun.Run("validate", Paths.ShippedUsync);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output.Trim(), Does.EndWith("items, 0 errors, 0 warnings"));
    }

    [Test]
    public async Task Problems_are_grouped_by_file_with_line_code_and_item_and_exit_1()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        copy.EditContent("Content/berman-et-al.2000.config", n => n.Set(Props.Pmid, "PMID 10686270"));

        var line = File.ReadAllLines(copy.PathOf("Content/berman-et-al.2000.config")).ToList().FindIndex(l => l.Trim() == "<pmid>") + 1;

        var (exit, output, _) = await CliRun.Run("validate", "--folder", copy.Root);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(line, Is.Positive);
        Assert.That(output, Does.Contain($"Content/berman-et-al.2000.config\n  {line}: error CK0404: 'PMID 10686270' is not a PubMed ID (Citation 'Berman et al. 2000')"));
        Assert.That(output.Trim(), Does.EndWith("1 error, 0 warnings"));
    }

    [Test]
    public async Task Json_output_lists_every_diagnostic_for_tools()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        copy.WriteBytes("Content/berman-et-al.2000.config", File.ReadAllBytes(copy.PathOf("Content/berman-et-al.2000.config"))[..500]);

        var (exit, output, _) = await CliRun.Run("validate", copy.Root, "--format", "json");
        var report = JsonNode.Parse(output)!;

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(report["errors"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1));
        var first = report["diagnostics"]!.AsArray().First(d => d!["code"]!.GetValue<string>() == "CK0004")!;
        Assert.That(first["file"]!.GetValue<string>(), Is.EqualTo("Content/berman-et-al.2000.config"));
        Assert.That(first["line"]!.GetValue<int>(), Is.GreaterThan(0));
    }

    [Test]
    public async Task A_missing_folder_is_an_error_not_a_stack_trace()
    {
        var (exit, output, error) = await CliRun.Run("validate", "/nonexistent/uSync/v17");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain("CK0001: the folder '/nonexistent/uSync/v17' does not exist"));
        Assert.That(output + error, Does.Not.Contain("   at "));
    }

    [TestCase("validate", "a", "--folder", "b")]
    [TestCase("validate", "--format", "xml")]
    [TestCase("frobnicate")]
    public async Task A_wrong_command_line_exits_2_with_a_message(params string[] args)
    {
        var (exit, _, error) = await CliRun.Run(args);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Is.Not.Empty.And.Not.Contain("   at "));
    }
}
