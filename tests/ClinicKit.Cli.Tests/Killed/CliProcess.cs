using System.Diagnostics;
using ClinicKit.Cli.Common;

namespace ClinicKit.Cli.Tests.Killed;

/// <summary>The built <c>clinickit</c> run as its own process (<c>dotnet clinickit.dll ...</c>), as a script runs it, so a
/// test can kill it. Its clock is fixed with SOURCE_DATE_EPOCH, so what it writes matches an in-process run to the byte.</summary>
internal static class CliProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "clinickit.dll");

    public static Process Start(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[CliClock.Variable] = FixedTime.Demo.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start)!;

        // Drained so a chatty command never blocks on a full pipe before it is killed.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs to the end; returns the exit code and how long the whole process took.</summary>
    public static async Task<(int Exit, TimeSpan Took)> RunAsync(IEnumerable<string> args)
    {
        var clock = Stopwatch.StartNew();
        using var process = Start(args);
        await process.WaitForExitAsync();
        return (process.ExitCode, clock.Elapsed);
    }

    /// <summary>Starts the command and kills it (SIGKILL, the whole process tree) when <paramref name="moment"/> completes,
    /// unless it has ended by then.</summary>
    /// <returns>True when the process was killed, false when it had already finished.</returns>
    public static async Task<bool> RunAndKillAsync(IEnumerable<string> args, Func<Task> moment)
    {
        using var process = Start(args);
        var ended = process.WaitForExitAsync();
        await Task.WhenAny(ended, moment());
        var killed = false;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            killed = true;
        }

        await process.WaitForExitAsync();
        return killed;
    }
}
