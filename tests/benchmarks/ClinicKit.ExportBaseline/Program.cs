using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ClinicKit.Web.Export;
using ClinicKit.Web.Hosting;
using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.TestHost;

// `ClinicKit.ExportBaseline USYNC_FOLDER OUT_DIR`: the TestServer exporter of commit af13050^ (src/ClinicKit.Cli/Export/
// StaticExporter.cs), on today's head: one HTTP request per page through the head's middleware, the page written as it
// came, its links checked. No manifest, no compressed siblings, no swap: the rendering path is what is being compared.
if (args is not [var folder, var output])
{
    Console.Error.WriteLine("usage: ClinicKit.ExportBaseline USYNC_FOLDER OUT_DIR");
    return 2;
}

var clock = Stopwatch.StartNew();
await using var head = ClinicKitHead.Build(
    [$"--ClinicKit:Usync:Path={Path.GetFullPath(folder)}", "--ClinicKit:Usync:Watch=false", "--hostBuilder:reloadConfigOnChange=false"],
    builder =>
    {
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
    });
await head.StartAsync();
var client = head.GetTestClient();
var sites = await head.Services.GetRequiredService<SitePages>().AllAsync(CancellationToken.None);
var problems = new ConcurrentBag<string>();
var broken = 0;
foreach (var site in sites)
{
    var links = new ConcurrentDictionary<string, PageLinks>();
    await Parallel.ForEachAsync(site.Pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, async (page, ct) =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
        request.Headers.Host = site.Host;
        using var response = await client.SendAsync(request, ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        if ((int)response.StatusCode != page.ExpectedStatus)
        {
            problems.Add($"{site.Host}{page.Path} answered {(int)response.StatusCode}, expected {page.ExpectedStatus}");
        }

        var file = Path.Combine(output, site.Host, StaticSite.FileFor(page.Path));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, bytes, ct);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            links[page.Path] = LinkChecker.Extract(System.Text.Encoding.UTF8.GetString(bytes));
        }
    });
    broken += LinkChecker.Check(Path.Combine(output, site.Host), site.Host, links).Count;
}

await head.StopAsync();
var pages = sites.Sum(s => s.Pages.Count);
Console.WriteLine(JsonSerializer.Serialize(new
{
    pages,
    seconds = Math.Round(clock.Elapsed.TotalSeconds, 2),
    pagesPerSecond = (int)(pages / clock.Elapsed.TotalSeconds),
    brokenLinks = broken,
    problems = problems.Count,
}));
return problems.IsEmpty && broken == 0 ? 0 : 1;
