using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace ClinicKit.Umbraco.Tests.Packaging;

/// <summary>
/// What an agency gets from <c>dotnet add package ClinicKit.Umbraco</c>: the package is packed from this repository, installed
/// into a throwaway ASP.NET Core site on the lowest Umbraco 17 from a local feed (nuget.org for Umbraco.Cms.Core), built and
/// published; and into class libraries, and a second site that gets the package only through one of them.
/// The packages folder is fresh, so no earlier copy of the package can stand in for this one.
/// </summary>
[Category("Packaging")]
[NonParallelizable]
public sealed class PackagingTests
{
    /// <summary>The lowest Umbraco 17 the registry serves: the package depends on it, so a site on any Umbraco 17 can install it.</summary>
    private const string UmbracoFloor = "17.6.2";

    private static readonly string[] LibrarySdks = ["Microsoft.NET.Sdk", "Microsoft.NET.Sdk.Razor"];

    private const string SiteEditedFile = "ContentTypes/clinickitarticle.config";
    private const string SiteEdit = "<!-- the agency's own article type, edited on this site -->";

    private string _work = null!;
    private string _site = null!;
    private string _published = null!;
    private string _nupkg = null!;
    private string _version = null!;
    private string _siteViaLibrary = null!;
    private readonly Dictionary<string, string> _libraries = [];
    private readonly Dictionary<string, string> _libraryBuilds = [];

    private static string SiteUsync(string site) => Path.Combine(site, "uSync", "v17");

    [OneTimeSetUp]
    public void PackInstallBuildAndPublish()
    {
        _work = Directory.CreateTempSubdirectory("clinickit-packaging-").FullName;
        var feed = Path.Combine(_work, "feed");
        DotnetCli.Run(Paths.RepositoryRoot, null, "pack", Paths.UmbracoProject, "-c", "Release", "-o", feed, "--disable-build-servers");
        _nupkg = Directory.GetFiles(feed, "ClinicKit.Umbraco.*.nupkg").Single();
        _version = Path.GetFileNameWithoutExtension(_nupkg)["ClinicKit.Umbraco.".Length..];

        _site = Path.Combine(_work, "site");
        _published = Path.Combine(_work, "published");
        CreateSite(feed);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") };
        DotnetCli.Run(_site, environment, "build", "-c", "Release", "--disable-build-servers");
        DotnetCli.Run(_site, environment, "publish", "-c", "Release", "--no-build", "-o", _published, "--disable-build-servers");

        foreach (var sdk in LibrarySdks)
        {
            var library = CreateProject(feed, $"library-{sdk}", sdk, $"""<PackageReference Include="ClinicKit.Umbraco" Version="{_version}" />""");
            _libraries[sdk] = library;
            _libraryBuilds[sdk] = DotnetCli.Run(library, environment, "build", "-c", "Release", "--disable-build-servers");
            DotnetCli.Run(library, environment, "publish", "-c", "Release", "--no-build", "-o", library + "-published", "--disable-build-servers");
        }

        _siteViaLibrary = CreateProject(feed, "site-via-library", "Microsoft.NET.Sdk.Web",
            $"""<ProjectReference Include="{Path.Combine(_libraries["Microsoft.NET.Sdk"], "Library.csproj")}" />""");
        File.WriteAllText(Path.Combine(_siteViaLibrary, "Program.cs"), ProgramCs);
        DotnetCli.Run(_siteViaLibrary, environment, "build", "-c", "Release", "--disable-build-servers");
    }

    [OneTimeTearDown]
    public void RemoveTheSite()
    {
        if (_work is not null && Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void The_package_carries_the_code_the_targets_and_its_page()
    {
        using var zip = ZipFile.OpenRead(_nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.NamespaceName;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        string? Meta(string name) => metadata.Element(ns + name)?.Value;

        Assert.That(entries, Is.SupersetOf(new[]
        {
            "lib/net10.0/ClinicKit.Umbraco.dll",
            "lib/net10.0/ClinicKit.Content.dll",
            "buildTransitive/ClinicKit.Umbraco.targets",
            "staticwebassets/App_Plugins/ClinicKit/umbraco-package.json",
            "README.md",
            "icon.png",
        }));
        Assert.That(Meta("version"), Is.EqualTo(_version));
        Assert.That(Meta("license"), Is.EqualTo("MIT"));
        Assert.That(Meta("readme"), Is.EqualTo("README.md"));
        Assert.That(Meta("icon"), Is.EqualTo("icon.png"));
        Assert.That(Meta("description"), Does.Contain("Umbraco 17"));
        Assert.That(Meta("tags")!.Split(' '), Is.SupersetOf(new[] { "umbraco", "umbraco-marketplace", "clinic", "medical" }));
        Assert.That(metadata.Element(ns + "repository")?.Attribute("type")?.Value, Is.EqualTo("git"));
        Assert.That(metadata.Descendants(ns + "dependency").Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}"),
            Is.EqualTo(new[] { $"Umbraco.Cms.Core {UmbracoFloor}" }), "ClinicKit.Content travels inside the package, not as a dependency; a bare version means that version or higher");
        Assert.That(entries.Where(e => e.StartsWith("content/", StringComparison.Ordinal) || e.StartsWith("contentFiles/", StringComparison.Ordinal)), Is.Empty,
            "nothing is added to the site's project as content");
    }

    [Test]
    public void The_package_holds_every_shipped_uSync_file_and_the_backoffice_extension_as_built()
    {
        using var zip = ZipFile.OpenRead(_nupkg);
        var packed = zip.Entries.ToDictionary(e => e.FullName);

        foreach (var file in ShippedUsyncFiles())
        {
            var entry = $"uSync/v17/{file}";
            Assert.That(packed.ContainsKey(entry), Is.True, entry);
            Assert.That(Read(packed[entry]), Is.EqualTo(File.ReadAllBytes(Path.Combine(Paths.ShippedUsync, file))), entry);
        }

        var assets = packed.Keys.Where(k => k.StartsWith("staticwebassets/", StringComparison.Ordinal)).ToList();
        Assert.That(assets, Has.Member("staticwebassets/App_Plugins/ClinicKit/umbraco-package.json"));
        Assert.That(assets, Is.All.StartsWith("staticwebassets/App_Plugins/ClinicKit/"));
        Assert.That(JsonNode.Parse(Read(packed["staticwebassets/App_Plugins/ClinicKit/umbraco-package.json"]))!["name"], Is.Not.Null,
            "umbraco-package.json is a package manifest");
    }

    [Test]
    public void Building_the_site_adds_every_uSync_file_byte_for_byte()
    {
        var missing = new List<string>();
        var different = new List<string>();
        foreach (var file in ShippedUsyncFiles().Where(f => f != SiteEditedFile))
        {
            var copy = Path.Combine(SiteUsync(_site), file);
            if (!File.Exists(copy))
            {
                missing.Add(file);
            }
            else if (!File.ReadAllBytes(copy).SequenceEqual(File.ReadAllBytes(Path.Combine(Paths.ShippedUsync, file))))
            {
                different.Add(file);
            }
        }

        Assert.That(missing, Is.Empty, "not added to the site");
        Assert.That(different, Is.Empty, "not byte-identical to the repository's");
        Assert.That(ShippedUsyncFiles(), Has.Count.GreaterThan(80));
    }

    /// <summary>uSync's Media items name their files (umbracoFile src /media/...) but uSync does not carry them: the package
    /// does, and the build puts them where Umbraco keeps media, wwwroot/media.</summary>
    [Test]
    public void Building_the_site_adds_every_demo_image_to_its_media_folder_byte_for_byte()
    {
        var shipped = Path.Combine(Paths.RepositoryRoot, "src", "ClinicKit.Web", "wwwroot", "media");
        var images = Directory.GetFiles(shipped, "*.png", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(shipped, f)).ToList();

        Assert.That(images, Has.Count.EqualTo(11));
        Assert.That(images.Where(f => !File.Exists(Path.Combine(_site, "wwwroot", "media", f))
            || !File.ReadAllBytes(Path.Combine(_site, "wwwroot", "media", f)).SequenceEqual(File.ReadAllBytes(Path.Combine(shipped, f)))), Is.Empty);
    }

    [Test]
    public void A_file_the_site_already_has_is_never_overwritten()
    {
        Assert.That(File.ReadAllText(Path.Combine(SiteUsync(_site), SiteEditedFile)), Is.EqualTo(SiteEdit));
        Assert.That(File.ReadAllText(Path.Combine(_published, "uSync", "v17", SiteEditedFile)), Is.EqualTo(SiteEdit));
    }

    [Test]
    public void Publishing_the_site_includes_the_uSync_files()
    {
        var published = Directory.GetFiles(Path.Combine(_published, "uSync", "v17"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(_published, "uSync", "v17"), f).Replace('\\', '/'));

        Assert.That(published, Is.EquivalentTo(ShippedUsyncFiles()));
    }

    [Test]
    public void The_backoffice_extension_is_served_from_App_Plugins()
    {
        var endpoints = JsonNode.Parse(File.ReadAllText(Path.Combine(_site, "obj", "Release", "net10.0", "staticwebassets.build.endpoints.json")))!;
        var routes = endpoints["Endpoints"]!.AsArray().Select(e => (string)e!["Route"]!).ToHashSet();
        Assert.That(routes, Has.Member("App_Plugins/ClinicKit/umbraco-package.json"), "the site serves /App_Plugins/ClinicKit/umbraco-package.json");

        using var zip = ZipFile.OpenRead(_nupkg);
        foreach (var asset in zip.Entries.Where(e => e.FullName.StartsWith("staticwebassets/", StringComparison.Ordinal)))
        {
            var published = Path.Combine(_published, "wwwroot", asset.FullName["staticwebassets/".Length..]);
            Assert.That(File.Exists(published), Is.True, published);
            Assert.That(File.ReadAllBytes(published), Is.EqualTo(Read(asset)), published);
        }
    }

    [Test]
    public void A_site_pinned_to_the_lowest_Umbraco_17_keeps_that_Umbraco()
    {
        Assert.That(RestoredVersions(_site, "Umbraco.Cms.Core"), Is.EqualTo(new[] { UmbracoFloor }), "NuGet did not raise the site's Umbraco.Cms.Core");
    }

    [TestCase("Microsoft.NET.Sdk")]
    [TestCase("Microsoft.NET.Sdk.Razor")]
    public void A_class_library_referencing_the_package_gets_no_uSync_files_and_no_App_Plugins(string sdk)
    {
        var library = _libraries[sdk];
        Assert.That(RestoredVersions(library, "ClinicKit.Umbraco"), Is.EqualTo(new[] { _version }), "the library installed the package");

        var published = library + "-published";
        var files = new[] { library, published }
            .SelectMany(root => Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_work, f).Replace('\\', '/')))
            .ToList();
        Assert.That(files.Where(f => f.Contains("uSync/", StringComparison.Ordinal) || f.Contains("App_Plugins", StringComparison.Ordinal)), Is.Empty);
        Assert.That(_libraryBuilds[sdk], Does.Not.Contain("ClinicKit: added"));
        Assert.That(File.Exists(Path.Combine(published, "ClinicKit.Umbraco.dll")), Is.True, "the library was published, with the package's code");
    }

    [Test]
    public void A_site_that_gets_the_package_through_its_class_library_gets_the_uSync_files_and_serves_App_Plugins()
    {
        var added = Directory.GetFiles(SiteUsync(_siteViaLibrary), "*", SearchOption.AllDirectories);
        Assert.That(added, Has.Length.EqualTo(ShippedUsyncFiles().Count));

        var endpoints = JsonNode.Parse(File.ReadAllText(Path.Combine(_siteViaLibrary, "obj", "Release", "net10.0", "staticwebassets.build.endpoints.json")))!;
        Assert.That(endpoints["Endpoints"]!.AsArray().Select(e => (string)e!["Route"]!), Has.Member("App_Plugins/ClinicKit/umbraco-package.json"));
    }

    /// <summary>Runs in any order: it puts back exactly the file it deletes.</summary>
    [Test]
    public void Building_again_restores_a_deleted_file_and_still_keeps_the_sites_edit()
    {
        const string deleted = "DataTypes/ClinicKitLink.config";
        File.Delete(Path.Combine(SiteUsync(_site), deleted));

        var output = DotnetCli.Run(_site, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") },
            "build", "-c", "Release", "--disable-build-servers");

        Assert.That(output, Does.Contain("ClinicKit: added 1 file(s)"));
        Assert.That(File.ReadAllBytes(Path.Combine(SiteUsync(_site), deleted)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Paths.ShippedUsync, deleted))));
        Assert.That(File.ReadAllText(Path.Combine(SiteUsync(_site), SiteEditedFile)), Is.EqualTo(SiteEdit));
    }

    private static List<string> ShippedUsyncFiles() =>
        Directory.GetFiles(Paths.ShippedUsync, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Paths.ShippedUsync, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The versions of a package restored for a project (its <c>obj/project.assets.json</c>).</summary>
    private static List<string> RestoredVersions(string project, string id)
    {
        var assets = JsonNode.Parse(File.ReadAllText(Path.Combine(project, "obj", "project.assets.json")))!;
        return assets["libraries"]!.AsObject().Select(l => l.Key.Split('/')).Where(k => k[0] == id).Select(k => k[1]).ToList();
    }

    private const string ProgramCs = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapStaticAssets();
        app.Run();
        """;

    /// <summary>
    /// A plain ASP.NET Core site (no Umbraco needed to prove the packaging) that installs the package from the local feed,
    /// referencing the lowest Umbraco 17 Core as a site on Umbraco 17.6 does.
    /// </summary>
    private void CreateSite(string feed)
    {
        Directory.CreateDirectory(_site);
        WriteNuGetConfig(_site, feed);
        File.WriteAllText(Path.Combine(_site, "Site.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Umbraco.Cms.Core" Version="{UmbracoFloor}" />
                <PackageReference Include="ClinicKit.Umbraco" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_site, "Program.cs"), ProgramCs);

        // The site's own file, where the package ships one too: the build must leave it alone.
        var edited = Path.Combine(SiteUsync(_site), SiteEditedFile);
        Directory.CreateDirectory(Path.GetDirectoryName(edited)!);
        File.WriteAllText(edited, SiteEdit);
    }

    /// <summary>A project with one reference; a web project is Site.csproj, anything else Library.csproj.</summary>
    private string CreateProject(string feed, string name, string sdk, string reference)
    {
        var project = Path.Combine(_work, name);
        Directory.CreateDirectory(project);
        WriteNuGetConfig(project, feed);
        File.WriteAllText(Path.Combine(project, sdk == "Microsoft.NET.Sdk.Web" ? "Site.csproj" : "Library.csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    private void WriteNuGetConfig(string project, string feed) =>
        File.WriteAllText(Path.Combine(project, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(_work, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="clinickit-local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
            </configuration>
            """);
}
