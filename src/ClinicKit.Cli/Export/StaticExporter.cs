using System.Collections.Concurrent;
using System.Diagnostics;
using ClinicKit.Cli.Common;
using ClinicKit.Content.Usync.Journal;
using ClinicKit.Web.Hosting;
using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Cli.Export;

public sealed record ExportedSite(string Host, string Clinic, int Pages);

/// <param name="Recovered">Folders an earlier, interrupted export left beside the output, removed by this one.</param>
public sealed record ExportResult(string Out, IReadOnlyList<ExportedSite> Sites, IReadOnlyList<string> Problems, IReadOnlyList<BrokenLink> BrokenLinks, TimeSpan Elapsed)
{
    public IReadOnlyList<string> Recovered { get; init; } = [];

    public int Pages => Sites.Sum(s => s.Pages);

    public bool Succeeded => Problems.Count == 0 && BrokenLinks.Count == 0;
}

/// <summary>Renders every page of every clinic through the head's own pipeline, in memory, and writes a static site per host.</summary>
/// <remarks>One rendering path: the same Razor views, sanitizer and headers the head serves. The export is built beside
/// <c>--out</c> and swapped in whole (<see cref="ExportSwap"/>), so a failed or killed run never leaves half a site.</remarks>
public static class StaticExporter
{
    public const string Marker = ".clinickit-export";

    public static async Task<ExportResult> ExportAsync(string usyncFolder, string outDir, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        using var exclusive = FolderLock.Acquire(target);
        var recovered = ExportSwap.Recover(target, IsExport);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !IsExport(target))
        {
            throw new UsageException($"'{outDir}' is not empty and is not a previous export; choose an empty or new folder");
        }

        var clock = Stopwatch.StartNew();
        var staging = ExportSwap.StagingFor(target);
        Directory.CreateDirectory(staging);
        try
        {
            var result = await RenderAsync(usyncFolder, staging, progress, cancellationToken);

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

    private static async Task<ExportResult> RenderAsync(string usyncFolder, string root, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        await using var head = ClinicKitHead.Build(
            [$"--ClinicKit:Usync:Path={Path.GetFullPath(usyncFolder)}", "--ClinicKit:Usync:Watch=false"],
            builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Logging.ClearProviders();
            });
        await head.StartAsync(cancellationToken);
        var client = head.GetTestClient();
        var sites = await head.Services.GetRequiredService<SitePages>().AllAsync(cancellationToken);
        if (sites.Count == 0)
        {
            throw new UsageException($"'{usyncFolder}' has no clinic site with a domain to export");
        }

        var total = sites.Sum(s => s.Pages.Count);
        var problems = new ConcurrentBag<string>();
        var broken = new List<BrokenLink>();
        var done = 0;

        // One clinic at a time, its pages in parallel: links never cross hosts, so each site is checked as soon as it is
        // written and only one site's link data is held at once.
        foreach (var site in sites)
        {
            var links = new ConcurrentDictionary<string, PageLinks>();
            await Parallel.ForEachAsync(site.Pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2, CancellationToken = cancellationToken }, async (page, ct) =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
                request.Headers.Host = site.Host;
                using var response = await client.SendAsync(request, ct);
                var bytes = await response.Content.ReadAsByteArrayAsync(ct);
                if ((int)response.StatusCode != page.ExpectedStatus)
                {
                    problems.Add($"{site.Host}{page.Path} answered {(int)response.StatusCode}, expected {page.ExpectedStatus}");
                }

                var file = Path.Combine(root, site.Host, StaticSite.FileFor(page.Path));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllBytesAsync(file, bytes, ct);
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    links[page.Path] = LinkChecker.Extract(System.Text.Encoding.UTF8.GetString(bytes));
                }

                progress?.Invoke(Interlocked.Increment(ref done), total);
            });
            broken.AddRange(LinkChecker.Check(Path.Combine(root, site.Host), site.Host, links));
        }

        await head.StopAsync(cancellationToken);
        return new ExportResult(root, sites.Select(s => new ExportedSite(s.Host, s.Clinic.ClinicName, s.Pages.Count)).ToList(), problems.Order().ToList(), broken, TimeSpan.Zero);
    }
}
