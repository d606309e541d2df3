namespace ClinicKit.Umbraco.Tests;

internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ShippedUsync => Path.Combine(RepositoryRoot, "uSync", "v17");

    public static string AppPlugins => Path.Combine(RepositoryRoot, "App_Plugins", "ClinicKit");

    public static string UmbracoProject => Path.Combine(RepositoryRoot, "src", "ClinicKit.Umbraco");

    public static string BackofficeProject => Path.Combine(RepositoryRoot, "src", "ClinicKit.Backoffice");

    /// <summary>The @umbraco-cms/backoffice package's compiled manifests, installed by <c>npm ci</c> in src/ClinicKit.Backoffice.</summary>
    public static string BackofficeDist => Path.Combine(BackofficeProject, "node_modules", "@umbraco-cms", "backoffice", "dist-cms");

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
