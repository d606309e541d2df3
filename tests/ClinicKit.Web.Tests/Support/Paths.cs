namespace ClinicKit.Web.Tests.Support;

/// <summary>Folders the tests read and write, found from the repository root (the folder holding Cms.sln).</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ShippedUsync => Path.Combine(RepositoryRoot, "uSync", "v17");

    /// <summary>Where screenshots go: <c>CLINICKIT_SCREENSHOTS</c>, else TestResults/screenshots/&lt;browser&gt; at the repository root.</summary>
    public static string Screenshots(string browser) =>
        Environment.GetEnvironmentVariable("CLINICKIT_SCREENSHOTS") is { Length: > 0 } configured
            ? Path.Combine(Path.GetFullPath(configured), browser)
            : Path.Combine(RepositoryRoot, "TestResults", "screenshots", browser);

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
