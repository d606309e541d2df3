using System.CommandLine;
using System.Text.Json;
using ClinicKit.Cli.Common;
using ClinicKit.Content.Importing;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using Spectre.Console;

namespace ClinicKit.Cli.Import;

/// <summary><c>clinickit import</c>: existing posts become unpublished library articles whose medical claims wait for a source.</summary>
public static class ImportCommand
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static Command Create(CliConsole console, TimeProvider time)
    {
        var source = new Argument<string>("path") { Description = "A post (.txt, .md, .html) or a folder of posts" };
        var folder = CliOptions.Folder();
        var force = new Option<bool>("--force") { Description = "Replace an article imported before from a post with the same title" };
        var format = CliOptions.Format(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("import", "Import blog posts as draft library articles; sentences that make medical claims become claim blocks that need a source.\n\nExample:\n  clinickit import old-site/posts --folder uSync/v17\n  clinickit audit   # lists the claims that need a source")
        {
            source, folder, force, format,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(source)!;
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal).ToList()
                : File.Exists(path) ? [path] : throw new UsageException($"'{path}' is neither a file nor a folder");
            if (files.Count == 0)
            {
                throw new UsageException($"'{path}' holds no .txt, .md or .html posts");
            }

            var root = CliOptions.ResolveFolder(result, null, folder);
            if (!Directory.Exists(root))
            {
                throw new UsageException($"the folder '{root}' does not exist");
            }

            using var writer = UsyncFolderWriter.Open(root);
            RecoveryNotice.Write(console, root, writer.Recovered);
            var loaded = UsyncFolderReader.Read(root);
            var library = loaded.Content.FirstOrDefault(n => n.ContentType == DocumentTypes.ArticleLibrary.Alias && n.IsRoot)
                ?? throw new UsageException($"{loaded.Root} has no article library to import into");
            var sort = loaded.ChildrenOf(library.Key).Select(n => n.SortOrder ?? 0).DefaultIfEmpty(-1).Max() + 1;
            var reports = new List<FileReport>();
            foreach (var file in Progress(console, files))
            {
                reports.Add(ImportOne(file, loaded, library, writer, result.GetValue(force), ref sort, time.GetLocalNow().DateTime));
            }

            writer.Commit();
            Write(console, result.GetFormat(format), reports);
            return reports.Any(r => r.Skipped is not null) ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static FileReport ImportOne(string file, UsyncFolder folder, Content.Usync.Items.ContentNode library, UsyncFolderWriter writer, bool force, ref int sort, DateTime now)
    {
        try
        {
            var post = PostParser.Parse(File.ReadAllBytes(file), file);
            var imported = ArticleDraft.Build(post, library, sort, Path.GetFileName(file), now);
            if (folder.ContentByKey(imported.Article.Key) is { } existing)
            {
                if (!force)
                {
                    return new FileReport(file, post.Title, 0, 0, [], null, $"already imported as {existing.Source}; use --force to replace it");
                }

                imported.Article.Source = existing.Source;
                imported.Article.SortOrder = existing.SortOrder;
                imported.Article.CreateDate = existing.CreateDate;
            }
            else
            {
                sort++;
            }

            var written = writer.Write(imported.Article);
            return new FileReport(file, post.Title, imported.Paragraphs, imported.Claims, imported.Warnings, written, null);
        }
        catch (PostUnreadableException e)
        {
            return new FileReport(file, null, 0, 0, [], null, e.Message);
        }
    }

    private static IEnumerable<string> Progress(CliConsole console, List<string> files)
    {
        if (!console.Interactive || files.Count < 5)
        {
            return files;
        }

        var done = new List<string>();
        console.Ansi.Progress().Start(context =>
        {
            var task = context.AddTask("Importing posts", maxValue: files.Count);
            foreach (var file in files)
            {
                done.Add(file);
                task.Increment(1);
            }
        });
        return done;
    }

    private static void Write(CliConsole console, OutputFormat format, List<FileReport> reports)
    {
        if (format == OutputFormat.Json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(reports, CliJson.Options));
            return;
        }

        foreach (var r in reports)
        {
            if (r.Skipped is not null)
            {
                console.Line($"[red]skipped[/] {Markup.Escape(r.File)}: {Markup.Escape(r.Skipped)}");
                continue;
            }

            console.Line($"[green]imported[/] {Markup.Escape(r.File)} as \"{Markup.Escape(r.Title!)}\" ({Markup.Escape(r.Written!)}): {r.Paragraphs} paragraphs, [yellow]{r.Claims} claims need a source[/]");
            foreach (var warning in r.Warnings)
            {
                console.Line($"  [grey]{Markup.Escape(warning)}[/]");
            }
        }

        var imported = reports.Count(r => r.Skipped is null);
        console.Line($"{imported} of {reports.Count} posts imported as unpublished articles, {reports.Sum(r => r.Claims)} claims to source. Next: clinickit audit");
    }

    private sealed record FileReport(string File, string? Title, int Paragraphs, int Claims, IReadOnlyList<string> Warnings, string? Written, string? Skipped);
}
