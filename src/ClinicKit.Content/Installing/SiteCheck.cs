using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync;

namespace ClinicKit.Content.Installing;

/// <summary>
/// Before installing: what importing a package's uSync folder into a site would do, read from the site's own uSync folder.
/// Nothing is written; the answer is only as complete as the site's export (a site that does not export a handler's items
/// cannot be checked for them, and the report says so for languages and data types).
/// </summary>
public static class SiteCheck
{
    public static SiteCheckReport Run(UsyncFolder package, UsyncFolder site)
    {
        var finder = new SiteItemFinder(site);
        var matches = package.Items
            .Select(finder.Find)
            .OfType<ItemMatch>()
            .OrderBy(m => m.Outcome == MatchOutcome.Takeover ? 0 : 1)
            .ThenBy(m => m.Ours.File, StringComparer.Ordinal)
            .ToList();
        return new SiteCheckReport(
            site.Root,
            package.Root,
            matches,
            LanguageCheck.Run(package, site),
            BuiltInDataTypeCheck.Run(package, site),
            TargetsCopyCheck.Run(package.Root, site.Root),
            Unreadable(package).Concat(Unreadable(site)).ToList());
    }

    /// <summary>Files that could not be read, named by full path: the comparison could not include them.</summary>
    private static IEnumerable<Diagnostic> Unreadable(UsyncFolder folder) =>
        folder.ReadDiagnostics
            .Where(d => d.Severity == Severity.Error && d.File != ".")
            .Select(d => d with { File = Path.Combine(folder.Root, d.File) });
}
