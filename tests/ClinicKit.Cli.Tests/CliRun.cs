using ClinicKit.Cli.Common;

namespace ClinicKit.Cli.Tests;

/// <summary>Runs <c>clinickit</c> in-process with captured output, as a script would see it (not a terminal).</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ClinicKitCli.RunAsync(args, new CliConsole(output, error, interactive: false), new FixedTime(FixedTime.Demo));
        return (exit, output.ToString(), error.ToString());
    }
}
