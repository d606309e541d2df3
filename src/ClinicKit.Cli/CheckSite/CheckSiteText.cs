using ClinicKit.Cli.Common;
using ClinicKit.Content.Installing;
using ClinicKit.Content.Usync;
using Spectre.Console;

namespace ClinicKit.Cli.CheckSite;

internal static class CheckSiteText
{
    public static void Write(CliConsole console, string site, string package, SiteCheckReport report)
    {
        console.Line($"[bold]{Markup.Escape(site)}[/]: what importing ClinicKit ({Markup.Escape(package)}) would do");
        WriteItems(console, report);
        WriteLanguages(console, report.Languages);
        WriteDataTypes(console, report.DataTypes);
        WriteSkippedFiles(console, report.SkippedFiles);

        console.Line("");
        if (report.TakeoverCount > 0)
        {
            console.Line($"[red]{report.TakeoverCount} takeover(s): importing ClinicKit would overwrite what is the site's own. Resolve them before installing.[/]");
        }
        else if (report.Unreadable.Count > 0)
        {
            console.Line($"[yellow]No takeovers among the files read, but {report.Unreadable.Count} file(s) could not be read (listed on stderr) and were not checked.[/]");
        }
        else
        {
            console.Line("[green]No takeovers: importing ClinicKit overwrites nothing of the site's own.[/]");
        }
    }

    private static void WriteItems(CliConsole console, SiteCheckReport report)
    {
        var takeovers = report.Takeovers.ToList();
        console.Line("");
        console.Line($"[bold]Taken over[/] ({takeovers.Count}): items of the site that uSync would find and overwrite with ClinicKit's");
        foreach (var m in takeovers)
        {
            console.Line($"  [red]{Markup.Escape(Describe(m.Ours))}[/]");
            console.Line($"    matches the site's {Markup.Escape(Describe(m.Theirs))} by {m.MatchedBy}: {Markup.Escape(m.Effect)}");
        }

        var updates = report.Updates.ToList();
        console.Line("");
        console.Line($"[bold]Updated[/] ({updates.Count}): ClinicKit's items already on the site, matched by {(updates.Count == 0 ? "key" : string.Join(" or ", updates.Select(u => u.MatchedBy).Distinct()))}");
        foreach (var m in updates)
        {
            console.Line($"  {Markup.Escape(Describe(m.Ours))}: {Markup.Escape(m.Effect)} (site file {Markup.Escape(m.Theirs.File)})");
        }
    }

    private static void WriteLanguages(CliConsole console, LanguageReport languages)
    {
        console.Line("");
        console.Line("[bold]Languages[/]");
        if (!languages.SiteListsLanguages)
        {
            console.Line("  the site's folder has no Languages/ files, so its languages and default language are not known here");
        }
        else if (languages.SiteDefault == languages.DefaultAfterImport)
        {
            console.Line($"  default language: {Markup.Escape(languages.SiteDefault ?? "(none marked)")}, unchanged by the import");
        }
        else
        {
            console.Line($"  [red]default language: {Markup.Escape(languages.SiteDefault ?? "(none marked)")}, {Markup.Escape(languages.DefaultAfterImport ?? "")} after the import[/]");
        }

        if (languages.PackageLanguageFiles == 0)
        {
            console.Line("  ClinicKit ships no language file, so the import changes none of the site's languages");
        }

        foreach (var change in languages.Changes)
        {
            var colour = change.TakesOver ? "red" : "grey";
            console.Line($"  [{colour}]{Markup.Escape(change.File)}: {Markup.Escape(change.What)}[/]");
        }

        foreach (var missing in languages.Missing)
        {
            var domains = missing.Domains.Count == 0 ? "" : $", and cannot give its domains {string.Join(", ", missing.Domains)} that language";
            console.Line($"  [yellow]warning[/] the site has no {Markup.Escape(missing.IsoCode)}: uSync skips ClinicKit's {missing.DictionaryItems} dictionary translation(s) in {Markup.Escape(missing.IsoCode)}{Markup.Escape(domains)}. Add {Markup.Escape(missing.IsoCode)} under Settings > Languages before importing (it does not have to be the default).");
        }
    }

    private static void WriteDataTypes(CliConsole console, DataTypeReport dataTypes)
    {
        console.Line("");
        console.Line("[bold]Built-in data types[/]");
        if (!dataTypes.SiteHasDataTypes)
        {
            console.Line($"  the site's folder has no DataTypes/ files, so it cannot be checked for the {dataTypes.Needed} built-in data types ClinicKit's types use (every Umbraco 17 site is installed with them)");
            return;
        }

        if (dataTypes.Missing.Count == 0)
        {
            console.Line($"  the site has all {dataTypes.Needed} built-in data types ClinicKit's types use");
        }

        foreach (var missing in dataTypes.Missing)
        {
            console.Line($"  [yellow]warning[/] the site lacks {Markup.Escape(missing.Name)} ({missing.Key}, {Markup.Escape(missing.Editor ?? "collection")}), used by {Markup.Escape(string.Join(", ", missing.UsedBy))}; those properties import without a data type");
        }
    }

    private static void WriteSkippedFiles(CliConsole console, IReadOnlyList<SkippedFile> skipped)
    {
        console.Line("");
        console.Line($"[bold]Files the build will not copy[/] ({skipped.Count}): the site already has a file at the same path and keeps it");
        foreach (var file in skipped)
        {
            console.Line(file.Identical
                ? $"  {Markup.Escape(file.File)} (identical)"
                : file.File == UsyncFolderReader.MarkerFile
                    ? $"  {Markup.Escape(file.File)} (uSync's marker, which holds no item: the site's copy stays)"
                    : $"  [yellow]{Markup.Escape(file.File)}[/] (differs: the site's copy stays, and ClinicKit's version of it is not imported)");
        }
    }

    private static string Describe(ItemRef item) =>
        $"{item.Kind} '{item.Alias}'{(item.Name == item.Alias ? "" : $" (\"{item.Name}\")")}, key {item.Key}, {item.File}";
}
