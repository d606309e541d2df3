using System.CommandLine;
using ClinicKit.Cli.Common;
using ClinicKit.Content.Audit;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;

namespace ClinicKit.Cli.Audit;

/// <summary><c>clinickit audit</c>: which page says what, and whether every claim is backed by a published source.</summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var folderArgument = CliOptions.FolderArgument();
        var folderOption = CliOptions.Folder();
        var format = CliOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown);
        var command = new Command("audit", "Per article and per clinic: the claims, their sources and evidence, unsupported claims, unused citations and overdue reviews.\n\nExamples:\n  clinickit audit\n  clinickit audit uSync/v17 --format markdown > audit.md")
        {
            folderArgument, folderOption, format,
        };
        command.SetAction(result =>
        {
            var folder = CliOptions.ResolveFolder(result, folderArgument, folderOption);
            var loaded = UsyncFolderReader.Read(folder);
            if (loaded.ReadDiagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.FolderMissing.Code) is { } missing)
            {
                throw new UsageException(missing.Message);
            }

            foreach (var problem in loaded.ReadDiagnostics.Where(d => d.Severity == Severity.Error))
            {
                console.Error.WriteLine($"{problem.Location}: {problem.Code}: {problem.Message} (not audited)");
            }

            var report = AuditBuilder.Build(UsyncLibraryReader.Read(loaded), DateOnly.FromDateTime(time.GetLocalNow().Date));
            switch (result.GetFormat(format))
            {
                case OutputFormat.Json:
                    console.Output.WriteLine(AuditJson.Write(report));
                    break;
                case OutputFormat.Markdown:
                    console.Output.Write(AuditMarkdown.Write(report));
                    break;
                default:
                    AuditText.Write(console, report);
                    break;
            }

            return report.AllClaimsSubstantiated && report.TreatmentArticlesWithoutSafetyCount == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }
}
