using System.CommandLine;
using ClinicKit.Cli.Audit;
using ClinicKit.Cli.CheckSite;
using ClinicKit.Cli.Common;
using ClinicKit.Cli.Export;
using ClinicKit.Cli.Format;
using ClinicKit.Cli.Import;
using ClinicKit.Cli.NewSite;
using ClinicKit.Cli.Serve;
using ClinicKit.Cli.Validate;

namespace ClinicKit.Cli;

/// <summary>The <c>clinickit</c> command tree, built over a console so tests can run it in-process.</summary>
public static class ClinicKitCli
{
    public static RootCommand Create(CliConsole console, TimeProvider time) => new("clinickit: tools for agencies running ClinicKit clinic sites.")
    {
        ValidateCommand.Create(console, time),
        FormatCommand.Create(console),
        AuditCommand.Create(console, time),
        CheckSiteCommand.Create(console),
        NewSiteCommand.Create(console, time),
        ImportCommand.Create(console, time),
        ExportCommand.Create(console),
        ServeCommand.Create(),
    };

    /// <summary>Parses and runs; a usage mistake or unexpected failure is one line on stderr and an exit code, never a stack trace.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var parsed = Create(console, time).Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            var code = await parsed.InvokeAsync(configuration, cancellationToken);
            return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
        }
        catch (UsageException e)
        {
            console.Fail(e.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            console.Fail("cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            console.Fail(e.Message);
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // A bug, not a user's mistake: still one line and the documented code, never a stack trace in a script's log.
            console.Fail($"unexpected failure ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }
    }
}
