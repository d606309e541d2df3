using System.CommandLine;
using System.Text.Json;
using ClinicKit.Cli.Common;
using ClinicKit.Web.Export;
using Spectre.Console;

namespace ClinicKit.Cli.Export;

/// <summary><c>clinickit export</c>: every clinic as a static site for a CDN, with every internal link and reference anchor checked.</summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = CliOptions.Folder();
        var output = new Option<string>("--out") { Description = "The folder to write (one sub-folder per clinic host); replaced whole if it holds a previous export", Required = true, HelpName = "DIR" };
        var full = new Option<bool>("--full") { Description = "Render every page; by default only pages whose content, clinic or ClinicKit build changed since the previous export in DIR are rendered" };
        var format = CliOptions.Format(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("export", "Render every page of every clinic (home, articles, sitemap, robots, 404) to static files with the head's own views, then check every link.\n\nExample:\n  clinickit export --out dist && ls dist/riverglass-ketamine.test")
        {
            folder, output, full, format,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var source = CliOptions.ResolveFolder(result, null, folder);
            if (!Directory.Exists(source))
            {
                throw new UsageException($"the folder '{source}' does not exist");
            }

            var exported = await ExportAsync(console, source, result.GetValue(output)!, result.GetValue(full), cancellationToken);
            if (exported.Recovered.Count > 0)
            {
                console.Fail($"removed {exported.Recovered.Count} folder(s) an interrupted export left beside {exported.Out}: {string.Join(", ", exported.Recovered.Select(Path.GetFileName))}");
            }

            Report(console, result.GetFormat(format), exported);
            return exported.Succeeded ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static async Task<ExportResult> ExportAsync(CliConsole console, string source, string output, bool full, CancellationToken cancellationToken)
    {
        try
        {
            return console.Interactive
                ? await console.Ansi.Progress().StartAsync(async context =>
                {
                    var task = context.AddTask("Rendering pages");
                    return await StaticExporter.ExportAsync(source, output, full, (done, total) =>
                    {
                        task.MaxValue = total;
                        task.Value = done;
                    }, cancellationToken);
                })
                : await StaticExporter.ExportAsync(source, output, full, null, cancellationToken);
        }
        catch (ExportRefusedException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static void Report(CliConsole console, OutputFormat format, ExportResult result)
    {
        var rate = result.Pages / Math.Max(result.Elapsed.TotalSeconds, 0.001);
        if (format == OutputFormat.Json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(new
            {
                @out = result.Out,
                pages = result.Pages,
                seconds = Math.Round(result.Elapsed.TotalSeconds, 2),
                pagesPerSecond = Math.Round(rate),
                rendered = result.Rendered,
                unchanged = result.Unchanged,
                removed = result.Removed,
                contentReadSeconds = Math.Round(result.ContentRead.TotalSeconds, 2),
                sites = result.Sites,
                problems = result.Problems,
                brokenLinks = result.BrokenLinks,
            }, CliJson.Options));
            return;
        }

        foreach (var site in result.Sites)
        {
            console.Output.WriteLine($"{site.Host}: {site.Pages} files ({site.Clinic})");
        }

        foreach (var problem in result.Problems)
        {
            console.Line($"[red]error[/] {Markup.Escape(problem)}");
        }

        foreach (var link in result.BrokenLinks)
        {
            console.Line($"[red]error[/] {Markup.Escape($"{link.Host}{link.Page}: link {link.Href}: {link.Reason}")}");
        }

        console.Output.WriteLine($"Rendered {result.Rendered} pages, {result.Unchanged} unchanged, {result.Removed} removed");
        var summary = $"Exported {result.Pages} files for {result.Sites.Count} clinics to {result.Out} in {result.Elapsed.TotalSeconds:0.0} s ({rate:0} pages/s); {result.BrokenLinks.Count} broken links";
        console.Line(result.Succeeded ? $"[green]{Markup.Escape(summary)}[/]" : $"[red]{Markup.Escape(summary)}[/]");
    }
}
