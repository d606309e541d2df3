using System.Collections.Concurrent;
using System.Diagnostics;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync.Journal;
using ClinicKit.Web.Hosting;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Export;

public sealed record ExportedSite(string Host, string Clinic, int Pages);

/// <summary>What an export did. <see cref="Rendered"/> + <see cref="Unchanged"/> = <see cref="Pages"/>.</summary>
/// <param name="Recovered">Folders an earlier, interrupted export left beside the output, removed by this one.</param>
public sealed record ExportResult(string Out, IReadOnlyList<ExportedSite> Sites, IReadOnlyList<string> Problems, IReadOnlyList<BrokenLink> BrokenLinks, TimeSpan Elapsed)
{
    public IReadOnlyList<string> Recovered { get; init; } = [];

    /// <summary>The pages rendered this time, as host and path (every page with <c>--full</c>, on a first export, or after
    /// a previous export by another ClinicKit build), in order.</summary>
    public IReadOnlyList<string> RenderedPages { get; init; } = [];

    /// <summary>The pages of the previous export that no longer exist, as host and path, in order.</summary>
    public IReadOnlyList<string> RemovedPages { get; init; } = [];

    public int Rendered => RenderedPages.Count;

    /// <summary>Pages whose inputs matched the previous export's manifest, carried over without rendering.</summary>
    public int Unchanged => Pages - Rendered;

    public int Removed => RemovedPages.Count;

    /// <summary>Of <see cref="Elapsed"/>, the time spent reading (and validating) the content.</summary>
    public TimeSpan ContentRead { get; init; }

    public int Pages => Sites.Sum(s => s.Pages);

    public bool Succeeded => Problems.Count == 0 && BrokenLinks.Count == 0;
}

/// <summary>Something the user asked for that the export will not do; nothing was written.</summary>
public sealed class ExportRefusedException(string message) : Exception(message);

/// <summary>Renders every page of every clinic through the head's own endpoints, page builders and Razor views, without
/// HTTP, and writes a static site per host with Brotli and gzip siblings; pages whose inputs did not change since the
/// previous export are carried over instead of rendered (<see cref="ExportManifest"/>).</summary>
/// <remarks>The export is built beside the output folder and swapped in whole (<see cref="ExportSwap"/>), so a failed or
/// killed run never leaves half a site.</remarks>
public static class StaticExporter
{
    public const string Marker = ".clinickit-export";

    /// <param name="full">Render every page, whatever the previous export's manifest says.</param>
    public static async Task<ExportResult> ExportAsync(string usyncFolder, string outDir, bool full, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        using var exclusive = FolderLock.Acquire(target);
        var recovered = ExportSwap.Recover(target, IsExport);
        var hasPrevious = Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any();
        if (hasPrevious && !IsExport(target))
        {
            throw new ExportRefusedException($"'{outDir}' is not empty and is not a previous export; choose an empty or new folder");
        }

        var clock = Stopwatch.StartNew();
        var previous = hasPrevious && !full ? ExportManifest.ReadFrom(target) : ExportManifest.Empty();
        var staging = ExportSwap.StagingFor(target);
        Directory.CreateDirectory(staging);
        try
        {
            var result = await RenderAsync(usyncFolder, target, previous, staging, progress, clock, cancellationToken);

            // Written last: a staging folder with the marker is a whole export. It names the source but no time, so the
            // same content exports to the same bytes.
            await File.WriteAllTextAsync(Path.Combine(staging, Marker), $"Exported by clinickit from {Path.GetFullPath(usyncFolder)}\n", cancellationToken);
            ExportSwap.Replace(target, staging);
            return result with { Out = target, Elapsed = clock.Elapsed, Recovered = recovered };
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    private static bool IsExport(string folder) => File.Exists(Path.Combine(folder, Marker));

    private static async Task<ExportResult> RenderAsync(string usyncFolder, string previousRoot, ExportManifest previous, string root, Action<int, int>? progress, Stopwatch clock, CancellationToken cancellationToken)
    {
        await using var head = ClinicKitHead.Build(
            // No configuration reload: its watcher on the working folder would see every file the export writes there.
            [$"--ClinicKit:Usync:Path={Path.GetFullPath(usyncFolder)}", "--ClinicKit:Usync:Watch=false", "--hostBuilder:reloadConfigOnChange=false"],
            builder => builder.Logging.ClearProviders());
        var services = head.Services;
        var source = services.GetRequiredService<IContentSource>();
        var sites = await services.GetRequiredService<SitePages>().AllAsync(cancellationToken);
        if (sites.Count == 0)
        {
            throw new ExportRefusedException($"'{usyncFolder}' has no clinic site with a domain to export");
        }

        var fingerprints = await ContentFingerprints.BuildAsync(source, services.GetRequiredService<IOptions<ClinicKitOptions>>().Value, services.GetRequiredService<Images.ResponsiveImages>(), cancellationToken);
        var contentRead = clock.Elapsed;
        var labels = new Labels(await source.GetDictionaryAsync(cancellationToken));
        var renderer = new PageRenderer(head);
        var assets = services.GetRequiredService<SiteAssets>();
        var images = services.GetRequiredService<Images.ResponsiveImages>();
        var manifest = ExportManifest.Empty();
        var total = sites.Sum(s => s.Pages.Count);
        var problems = new ConcurrentBag<string>();
        var broken = new List<BrokenLink>();
        var rendered = new ConcurrentBag<string>();
        var done = 0;

        // One clinic at a time, its pages on every core: links never cross hosts, so each site is checked as soon as it is
        // written.
        foreach (var site in sites)
        {
            var clinic = new ClinicContext(site.Clinic, labels);
            var entries = new ConcurrentDictionary<string, ManifestPage>(StringComparer.Ordinal);
            await Parallel.ForEachAsync(site.Pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (page, ct) =>
            {
                var file = StaticSite.FileFor(page.Path);
                var target = Path.Combine(root, site.Host, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var before = previous.Find(site.Host, page.Path);
                if (before is not null && fingerprints.PageHash(before.DependsOn) == before.Hash
                    && TryCarry(Path.Combine(previousRoot, site.Host, file), target, before.Compressed))
                {
                    entries[page.Path] = before;
                }
                else
                {
                    entries[page.Path] = await RenderPageAsync(renderer, assets, images, fingerprints, clinic, site.Host, page, target, problems, ct);
                    rendered.Add(site.Host + page.Path);
                }

                progress?.Invoke(Interlocked.Increment(ref done), total);
            });

            var pages = new SortedDictionary<string, ManifestPage>(entries, StringComparer.Ordinal);
            manifest.Hosts[site.Host] = pages;
            var links = pages.Where(p => p.Value.Links is not null).ToDictionary(p => p.Key, p => p.Value.Links!);
            broken.AddRange(LinkChecker.Check(Path.Combine(root, site.Host), site.Host, links));
        }

        await manifest.WriteToAsync(root, cancellationToken);
        var removed = previous.Hosts.SelectMany(h => h.Value.Keys.Where(path => manifest.Find(h.Key, path) is null).Select(path => h.Key + path));
        return new ExportResult(root, sites.Select(s => new ExportedSite(s.Host, s.Clinic.ClinicName, s.Pages.Count)).ToList(), problems.Order().ToList(), broken, TimeSpan.Zero)
        {
            RenderedPages = rendered.Order(StringComparer.Ordinal).ToList(),
            RemovedPages = removed.Order(StringComparer.Ordinal).ToList(),
            ContentRead = contentRead,
        };
    }

    private static async Task<ManifestPage> RenderPageAsync(PageRenderer renderer, SiteAssets assets, Images.ResponsiveImages images, ContentFingerprints fingerprints, ClinicContext clinic, string host, SitePage page, string file, ConcurrentBag<string> problems, CancellationToken cancellationToken)
    {
        var result = page.Kind switch
        {
            SitePageKind.Image => ReadImage(images, page),
            _ when IsAsset(page.Path) => ReadAsset(assets, page.Path),
            _ => await renderer.RenderAsync(clinic, host, page.Path, cancellationToken),
        };
        var expected = result.Status == page.ExpectedStatus;
        if (!expected)
        {
            problems.Add($"{host}{page.Path} answered {result.Status}, expected {page.ExpectedStatus}");
        }

        await File.WriteAllBytesAsync(file, result.Body, cancellationToken);
        var compressed = CompressedSiblings.AppliesTo(result.MediaType, file);
        if (compressed)
        {
            await CompressedSiblings.WriteAsync(file, result.Body, cancellationToken);
        }

        // Every page of a clinic shows the clinic (its name, colours, logo and navigation in the layout, and its hero or logo as
        // the link preview), whatever it records. A rendition is made from its media file alone, so it is not re-made when the
        // clinic changes.
        var shown = page.Kind == SitePageKind.Image
            ? result.DependsOn
            : result.DependsOn.Append(clinic.Clinic.Key).Concat(new[] { clinic.Clinic.Logo, clinic.Clinic.Hero }.OfType<MediaImage>().Select(i => i.Key));
        var dependsOn = shown.Distinct().Order().ToList();
        var links = result.MediaType == "text/html" ? LinkChecker.Extract(System.Text.Encoding.UTF8.GetString(result.Body)) : null;
        return new ManifestPage(
            // A page that answered wrongly has no hash, so the next export renders it (and reports it) again.
            expected ? fingerprints.PageHash(dependsOn) ?? "" : "",
            dependsOn,
            compressed,
            links?.Ids.Order(StringComparer.Ordinal).ToList(),
            links?.Hrefs);
    }

    /// <summary>The head serves its own static files from its embedded assets, ahead of any page.</summary>
    private static bool IsAsset(string path) => path.StartsWith(PublicUrls.AssetPrefix + "/", StringComparison.Ordinal);

    /// <summary>A rendition as the head's image endpoint answers it (<see cref="Images.ResponsiveImageMiddleware"/>).</summary>
    private static RenderedPage ReadImage(Images.ResponsiveImages images, SitePage page) =>
        images.Get(page.Path) is { } rendition
            ? new RenderedPage(StatusCodes.Status200OK, rendition.ContentType, rendition.Bytes, [page.ContentKey!.Value])
            : new RenderedPage(StatusCodes.Status404NotFound, null, [], []);

    private static RenderedPage ReadAsset(SiteAssets assets, string path)
    {
        var file = assets.Files.GetFileInfo(path[PublicUrls.AssetPrefix.Length..]);
        if (!file.Exists)
        {
            return new RenderedPage(StatusCodes.Status404NotFound, null, [], []);
        }

        using var stream = file.CreateReadStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new RenderedPage(StatusCodes.Status200OK, null, bytes.ToArray(), []);
    }

    /// <summary>Carries a page and its siblings over from the previous export, or returns false (having carried nothing
    /// that is left) when one of them is missing there, so the page is rendered instead.</summary>
    private static bool TryCarry(string previous, string next, bool compressed)
    {
        var files = compressed ? new[] { "", CompressedSiblings.Brotli, CompressedSiblings.Gzip } : [""];
        if (!files.All(suffix => File.Exists(previous + suffix)))
        {
            return false;
        }

        foreach (var suffix in files)
        {
            UnchangedFiles.Carry(previous + suffix, next + suffix);
        }

        return true;
    }
}
