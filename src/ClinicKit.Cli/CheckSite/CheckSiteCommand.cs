using System.CommandLine;
using System.Text.Json;
using ClinicKit.Cli.Common;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Installing;
using ClinicKit.Content.Usync;

namespace ClinicKit.Cli.CheckSite;

/// <summary><c>clinickit check-site</c>: before installing, what importing ClinicKit would do to a site, from the site's uSync folder.</summary>
public static class CheckSiteCommand
{
    public static Command Create(CliConsole console)
    {
        var site = new Argument<string>("site") { Description = "The site's uSync folder, the one holding usync.config (for example ../MySite/uSync/v17)" };
        var package = new Option<string?>("--package", "--folder")
        {
            Description = $"ClinicKit's uSync folder, the one the package installs (default {CliOptions.DefaultFolder})",
            HelpName = "DIR",
        };
        var format = CliOptions.Format(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("check-site", "Before installing: which of the site's items importing ClinicKit would take over or update, its default language, the built-in data types ClinicKit needs, and the files the build would not copy. Exit 1 when anything of the site would be taken over.\n\nExamples:\n  clinickit check-site ../MySite/uSync/v17\n  clinickit check-site ../MySite/uSync/v17 --package uSync/v17 --format json")
        {
            site, package, format,
        };
        command.SetAction(result =>
        {
            var sitePath = result.GetValue(site)!;
            var packagePath = result.GetValue(package) ?? CliOptions.DefaultFolder;
            var siteFolder = Load(sitePath, "the site's");
            var packageFolder = Load(packagePath, "ClinicKit's");
            if (siteFolder.Root == packageFolder.Root)
            {
                throw new UsageException($"'{sitePath}' is ClinicKit's own folder; pass the site's uSync folder (and ClinicKit's with --package if it is not {CliOptions.DefaultFolder})");
            }

            var report = SiteCheck.Run(packageFolder, siteFolder);
            foreach (var problem in report.Unreadable)
            {
                console.Error.WriteLine($"{problem.Location}: {problem.Code}: {problem.Message} (not checked)");
            }

            if (result.GetFormat(format) == OutputFormat.Json)
            {
                console.Output.WriteLine(JsonSerializer.Serialize(new
                {
                    site = sitePath,
                    package = packagePath,
                    takeovers = report.TakeoverCount,
                    items = report.Matches.Select(m => new { outcome = m.Outcome.ToString().ToLowerInvariant(), matchedBy = m.MatchedBy, effect = m.Effect, ours = m.Ours, theirs = m.Theirs }),
                    languages = report.Languages,
                    dataTypes = report.DataTypes,
                    skippedFiles = report.SkippedFiles,
                    unreadable = report.Unreadable.Select(d => new { file = d.File, line = d.Line, code = d.Code, message = d.Message }),
                }, CliJson.Options));
            }
            else
            {
                CheckSiteText.Write(console, sitePath, packagePath, report);
            }

            return report.TakeoverCount > 0 ? ExitCodes.Findings : report.Unreadable.Count > 0 ? ExitCodes.Usage : ExitCodes.Ok;
        });
        return command;
    }

    private static UsyncFolder Load(string path, string whose)
    {
        var loaded = UsyncFolderReader.Read(path);
        if (loaded.ReadDiagnostics.Any(d => d.Code == DiagnosticCodes.FolderMissing.Code))
        {
            throw new UsageException($"{whose} uSync folder '{path}' does not exist");
        }

        if (loaded.ReadDiagnostics.Any(d => d.Code == DiagnosticCodes.FolderEmpty.Code))
        {
            throw new UsageException($"{whose} uSync folder '{path}' holds no uSync item files; pass the folder that holds usync.config and the item folders (for example MySite/uSync/v17)");
        }

        return loaded;
    }
}
