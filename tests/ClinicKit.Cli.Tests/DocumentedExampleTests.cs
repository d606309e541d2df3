using System.Diagnostics;

namespace ClinicKit.Cli.Tests;

/// <summary>The <c>new-site</c> example an agency copies (README "Adding a fourth clinic", and <c>new-site --help</c>) works as
/// pasted: bash splits it into words exactly as it would at a prompt, and those words run against a copy of the package.</summary>
public sealed class DocumentedExampleTests
{
    [Test]
    public async Task The_readme_example_adds_the_clinic()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Paths.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("### Adding a fourth clinic", StringComparison.Ordinal)..];
        var block = section.Split("```")[1].Trim();
        const string Run = "dotnet run --project src/ClinicKit.Cli --";
        Assert.That(block, Does.StartWith(Run));

        await AssertAddsTheClinic(block[Run.Length..]);
    }

    [Test]
    public async Task The_help_example_adds_the_clinic()
    {
        var help = (await CliRun.Run("new-site", "--help")).Out;
        var example = help[(help.IndexOf("Example:", StringComparison.Ordinal) + "Example:".Length)..];
        var command = string.Join('\n', example.Split('\n').Skip(1).TakeWhile(l => l.Trim().Length > 0)).Trim();
        Assert.That(command, Does.StartWith("clinickit new-site"));

        await AssertAddsTheClinic(command["clinickit".Length..]);
    }

    private static async Task AssertAddsTheClinic(string commandLine)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var words = await ShellWords(commandLine);

        var (exit, output, error) = await CliRun.Run([.. words, "--folder", copy.Root]);

        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("Added Harbor Light Clinic at harborlight.test"));
    }

    /// <summary>The words bash makes of a command line (quotes, line continuations, comments), one per NUL-terminated item.</summary>
    private static async Task<string[]> ShellWords(string commandLine)
    {
        var bash = new ProcessStartInfo("bash", ["-c", "printf '%s\\0' " + commandLine]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(bash)!;
        var words = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.EqualTo(0), await process.StandardError.ReadToEndAsync());
        return words.TrimEnd('\0').Split('\0');
    }
}
