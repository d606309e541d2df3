namespace ClinicKit.Tests.Shared;

/// <summary>Folders the tests read: the project's own uSync package and the shared fixtures beside the project.</summary>
public static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ShippedUsync => Path.Combine(RepositoryRoot, "uSync", "v17");

    public static string Fixtures => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures", "usync-v17"));

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    public static string Seeds => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    public static IEnumerable<string> FixtureNames => ["clean-starter-kit", "merchello"];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cms.sln not found above " + AppContext.BaseDirectory);
    }
}
