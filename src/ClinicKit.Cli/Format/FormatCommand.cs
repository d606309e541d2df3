using System.CommandLine;
using System.Text.Json;
using ClinicKit.Cli.Common;
using ClinicKit.Content.Usync;
using Spectre.Console;

namespace ClinicKit.Cli.Format;

/// <summary><c>clinickit format</c>: rewrites files into the form uSync itself writes; <c>--check</c> only lists them.</summary>
public static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var folderArgument = CliOptions.FolderArgument();
        var folderOption = CliOptions.Folder();
        var checkOption = new Option<bool>("--check") { Description = "Change nothing; list the files that are not in uSync's form and exit 1 if there are any (for CI)" };
        var format = CliOptions.Format(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("format", "Rewrite hand-edited or merged uSync files exactly as uSync would write them.\n\nExamples:\n  clinickit format uSync/v17\n  clinickit format --check uSync/v17")
        {
            folderArgument, folderOption, checkOption, format,
        };
        command.SetAction(result =>
        {
            var folder = CliOptions.ResolveFolder(result, folderArgument, folderOption);
            var check = result.GetValue(checkOption);

            // --check only reads, so it reports an interrupted command's leftovers rather than mending them.
            using var writer = check || !Directory.Exists(folder) ? null : UsyncFolderWriter.Open(folder);
            if (writer is not null)
            {
                RecoveryNotice.Write(console, folder, writer.Recovered);
            }

            var loaded = UsyncFolderReader.Read(folder);
            var unreadable = loaded.ReadDiagnostics.Where(d => d.Severity == Content.Diagnostics.Severity.Error).ToList();
            var changed = new List<string>();
            foreach (var item in loaded.Items)
            {
                var canonical = UsyncCanonicalForm.Bytes(item);
                var relative = item.Source!.File;
                if (File.ReadAllBytes(loaded.PathOf(item)).AsSpan().SequenceEqual(canonical))
                {
                    continue;
                }

                changed.Add(relative);
                writer?.WriteBytes(relative, canonical);
            }

            writer?.Commit();
            Report(console, result.GetFormat(format), folder, check, changed, unreadable);
            if (unreadable.Count > 0)
            {
                return ExitCodes.Findings;
            }

            return check && changed.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static void Report(CliConsole console, OutputFormat format, string folder, bool check, List<string> changed, List<Content.Diagnostics.Diagnostic> unreadable)
    {
        if (format == OutputFormat.Json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(new
            {
                folder,
                check,
                files = changed,
                unreadable = unreadable.Select(d => new { file = d.File, line = d.Line, code = d.Code, message = d.Message }),
            }, CliJson.Options));
            return;
        }

        foreach (var file in changed)
        {
            console.Output.WriteLine(check ? file : $"formatted {file}");
        }

        foreach (var d in unreadable)
        {
            console.Error.WriteLine($"{d.Location}: {d.Code}: {d.Message} (left unchanged)");
        }

        var summary = check
            ? changed.Count == 0 ? $"{folder}: every file is in uSync's form" : $"{folder}: {changed.Count} file(s) not in uSync's form; run 'clinickit format {folder}'"
            : $"{folder}: {changed.Count} file(s) formatted";
        console.Line(changed.Count > 0 && check ? $"[yellow]{Markup.Escape(summary)}[/]" : $"[green]{Markup.Escape(summary)}[/]");
    }
}
