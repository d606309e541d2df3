using System.IO.Compression;
using ClinicKit.Web.Export;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.Export;

/// <summary>The static export of the shipped clinics, file by file, against what the running head (Kestrel, real HTTP)
/// serves for the same host and path: every page of every kind the head lists, and the compressed forms beside them.</summary>
[NonParallelizable]
public sealed class ExportMatchesHeadTests
{
    private string _out = null!;
    private HeadServer _head = null!;
    private HttpClient _client = null!;
    private IReadOnlyList<ClinicSitePages> _sites = null!;

    public static IEnumerable<SitePageKind> Kinds => Enum.GetValues<SitePageKind>();

    [OneTimeSetUp]
    public async Task ExportAndStartTheHead()
    {
        _out = Path.Combine(Path.GetTempPath(), "clinickit-web-export-" + Guid.NewGuid().ToString("N")[..10]);
        var result = await StaticExporter.ExportAsync(Paths.ShippedUsync, _out, full: false, null, CancellationToken.None);
        Assert.That(result.Succeeded, string.Join("\n", result.Problems.Concat(result.BrokenLinks.Select(b => b.ToString()))));
        _head = await HeadServer.StartAsync(Paths.ShippedUsync);
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_head.Port}") };
        _sites = await _head.App.Services.GetRequiredService<SitePages>().AllAsync();
    }

    [OneTimeTearDown]
    public async Task StopTheHead()
    {
        _client.Dispose();
        await _head.DisposeAsync();
        Directory.Delete(_out, recursive: true);
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task Every_exported_page_of_each_kind_is_byte_for_byte_what_the_running_head_serves(SitePageKind kind)
    {
        var pages = PagesOf(kind);
        Assert.That(pages, Is.Not.Empty, $"the shipped clinics have no {kind} page to compare");
        foreach (var (host, page) in pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
            request.Headers.Host = host;
            using var response = await _client.SendAsync(request);
            var served = await response.Content.ReadAsByteArrayAsync();
            var exported = await File.ReadAllBytesAsync(FileOf(host, page));

            Assert.That((int)response.StatusCode, Is.EqualTo(page.ExpectedStatus), $"{host}{page.Path}");
            Assert.That(exported, Is.EqualTo(served), $"{host}{page.Path}: the exported file differs from the served page");
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task The_br_and_gz_files_beside_each_text_page_decompress_to_the_page(SitePageKind kind)
    {
        var text = PagesOf(kind).Where(p => Path.GetExtension(FileOf(p.Host, p.Page)) is ".html" or ".xml" or ".txt" or ".css").ToList();
        foreach (var (host, page) in text)
        {
            var file = FileOf(host, page);
            var original = await File.ReadAllBytesAsync(file);
            await using (var brotli = new BrotliStream(File.OpenRead(file + ".br"), CompressionMode.Decompress))
            {
                Assert.That(await ReadAllAsync(brotli), Is.EqualTo(original), $"{file}.br");
            }

            await using (var gzip = new GZipStream(File.OpenRead(file + ".gz"), CompressionMode.Decompress))
            {
                Assert.That(await ReadAllAsync(gzip), Is.EqualTo(original), $"{file}.gz");
            }

            Assert.That(new FileInfo(file + ".br").Length, Is.LessThan(original.Length), $"{file}.br is smaller than the page");
        }
    }

    [Test]
    public void Every_file_of_the_export_is_a_page_the_head_lists_or_its_compressed_form()
    {
        var listed = _sites.SelectMany(s => s.Pages.Select(p => Path.GetRelativePath(_out, FileOf(s.Host, p)).Replace('\\', '/'))).ToHashSet();
        var files = Directory.EnumerateFiles(_out, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_out, f).Replace('\\', '/'))
            .Where(f => f is not (StaticExporter.Marker or ExportManifest.FileName))
            .Select(f => f.EndsWith(".br", StringComparison.Ordinal) || f.EndsWith(".gz", StringComparison.Ordinal) ? f[..^3] : f);

        Assert.That(files.Distinct(), Is.EquivalentTo(listed));
    }

    private List<(string Host, SitePage Page)> PagesOf(SitePageKind kind) =>
        _sites.SelectMany(s => s.Pages.Where(p => p.Kind == kind).Select(p => (s.Host, p))).ToList();

    private string FileOf(string host, SitePage page) => Path.Combine(_out, host, StaticSite.FileFor(page.Path));

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
