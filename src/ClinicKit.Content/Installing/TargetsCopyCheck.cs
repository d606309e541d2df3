using ClinicKit.Content.Usync;

namespace ClinicKit.Content.Installing;

/// <summary>
/// The files the package's build step would leave alone: src/ClinicKit.Umbraco/buildTransitive/ClinicKit.Umbraco.targets copies
/// every file of the package's uSync/v17 to the same path in the site's folder only when no file is there yet.
/// </summary>
internal static class TargetsCopyCheck
{
    public static IReadOnlyList<SkippedFile> Run(string packageRoot, string siteRoot) =>
        Directory.EnumerateFiles(packageRoot, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: UsyncFolderReader.Relative(packageRoot, path)))
            .Select(f => (f.Path, f.Relative, Site: Path.Combine(siteRoot, f.Relative)))
            .Where(f => File.Exists(f.Site))
            .Select(f => new SkippedFile(f.Relative, SameBytes(f.Path, f.Site)))
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ToList();

    private static bool SameBytes(string a, string b) =>
        new FileInfo(a).Length == new FileInfo(b).Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
}
