using System.CommandLine;
using System.Text.Json;
using ClinicKit.Cli.Common;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Validation;
using Spectre.Console;

namespace ClinicKit.Cli.Validate;

/// <summary><c>clinickit validate</c>: every diagnostic, grouped by file, and a one-line summary.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var folderArgument = CliOptions.FolderArgument();
        var folderOption = CliOptions.Folder();
        var format = CliOptions.Format(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("validate", "Check a uSync folder file by file: XML, references, claims and citations.\n\nExample:\n  clinickit validate uSync/v17 --format json")
        {
            folderArgument, folderOption, format,
        };
        command.SetAction(result =>
        {
            var folder = CliOptions.ResolveFolder(result, folderArgument, folderOption);
            var loaded = UsyncFolderReader.Read(folder);
            var diagnostics = UsyncValidator.Validate(loaded, DateOnly.FromDateTime(time.GetLocalNow().Date));
            if (result.GetFormat(format) == OutputFormat.Json)
            {
                WriteJson(console, folder, loaded, diagnostics);
            }
            else
            {
                WriteText(console, folder, loaded, diagnostics);
            }

            return diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(CliConsole console, string folder, UsyncFolder loaded, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var file in diagnostics.GroupBy(d => d.File))
        {
            console.Line($"[bold]{Markup.Escape(file.Key == "." ? folder : file.Key)}[/]");
            foreach (var d in file)
            {
                var colour = d.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
                var line = d.Line is null ? "" : $"{d.Line}: ";
                var item = d.Item is null ? "" : $" [grey]({Markup.Escape(d.Item)})[/]";
                console.Line($"  {line}[{colour}]{d.Severity.ToString().ToLowerInvariant()}[/] {d.Code}: {Markup.Escape(d.Message)}{item}");
            }
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var summary = $"{folder}: {loaded.Items.Count} items, {errors} {Plural(errors, "error")}, {warnings} {Plural(warnings, "warning")}";
        console.Line(errors > 0 ? $"[red]{Markup.Escape(summary)}[/]" : warnings > 0 ? $"[yellow]{Markup.Escape(summary)}[/]" : $"[green]{Markup.Escape(summary)}[/]");
    }

    private static void WriteJson(CliConsole console, string folder, UsyncFolder loaded, IReadOnlyList<Diagnostic> diagnostics)
    {
        var report = new
        {
            folder,
            items = loaded.Items.Count,
            errors = diagnostics.Count(d => d.Severity == Severity.Error),
            warnings = diagnostics.Count(d => d.Severity == Severity.Warning),
            diagnostics = diagnostics.Select(d => new
            {
                code = d.Code,
                severity = d.Severity.ToString().ToLowerInvariant(),
                file = d.File,
                line = d.Line,
                item = d.Item,
                message = d.Message,
            }),
        };
        console.Output.WriteLine(JsonSerializer.Serialize(report, CliJson.Options));
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";
}
