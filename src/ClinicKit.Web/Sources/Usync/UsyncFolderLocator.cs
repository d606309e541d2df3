namespace ClinicKit.Web.Sources.Usync;

/// <summary>Finds the uSync folder when none is configured: the repository's <c>uSync/v17</c>, so <c>dotnet run</c> works from
/// the repository root, from the project folder, and from the build output.</summary>
public static class UsyncFolderLocator
{
    public const string SolutionFile = "Cms.sln";

    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return Path.Combine(dir.FullName, "uSync", "v17");
                }
            }
        }

        // Nothing found: name a folder anyway so the startup log says exactly where the head looked.
        return Path.Combine(Path.GetFullPath(contentRoot), "uSync", "v17");
    }
}
