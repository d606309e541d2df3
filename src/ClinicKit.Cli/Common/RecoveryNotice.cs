using ClinicKit.Content.Usync.Journal;

namespace ClinicKit.Cli.Common;

/// <summary>Tells the user, on stderr, what a command found and mended from an earlier command that was killed while writing.</summary>
public static class RecoveryNotice
{
    public static void Write(CliConsole console, string folder, RecoveryReport report)
    {
        if (report.Finished.Count > 0)
        {
            console.Fail($"finished a change an interrupted command had started in {folder} ({string.Join(", ", report.Finished)})");
        }

        if (report.Removed.Count > 0)
        {
            console.Fail($"removed {report.Removed.Count} temporary file(s) an interrupted command left in {folder}");
        }
    }
}
