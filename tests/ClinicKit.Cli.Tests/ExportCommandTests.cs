using System.Text.Json.Nodes;
using ClinicKit.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Cli.Tests;

public sealed class ExportCommandTests
{
    private DirectoryInfo _out = null!;

    [SetUp]
    public void NewOutputFolder() => _out = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "clinickit-export-" + Guid.NewGuid().ToString("N")[..10]));

    [TearDown]
    public void RemoveOutputFolder()
    {
        if (_out.Exists)
        {
            _out.Delete(recursive: true);
        }
    }

    [Test]
    public async Task The_demo_content_exports_every_page_of_every_clinic_and_passes_its_own_link_check()
    {
        var (exit, output, error) = await CliRun.Run("export", "--folder", Paths.ShippedUsync, "--out", _out.FullName, "--format", "json");
        var report = JsonNode.Parse(output)!;
        var hosts = report["sites"]!.AsArray().Select(s => s!["host"]!.GetValue<string>()).Order().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), error + output);
            Assert.That(report["brokenLinks"]!.AsArray(), Is.Empty);
            Assert.That(hosts, Is.EqualTo(new[] { "bluebonnet-lane.test", "larkspur-mood.test", "riverglass-ketamine.test" }));
            foreach (var host in hosts)
            {
                foreach (var file in new[] { "index.html", "404.html", "sitemap.xml", "robots.txt" })
                {
                    Assert.That(File.Exists(Path.Combine(_out.FullName, host, file)), $"{host}/{file}");
                }
            }

            Assert.That(Directory.GetDirectories(Path.Combine(_out.FullName, "riverglass-ketamine.test", "articles")), Has.Length.EqualTo(5));
            Assert.That(Directory.GetDirectories(Path.Combine(_out.FullName, "larkspur-mood.test", "articles")), Has.Length.EqualTo(3));
            Assert.That(File.ReadAllText(Path.Combine(_out.FullName, "larkspur-mood.test", "index.html")), Does.Not.Contain("Riverglass"));
        });
    }

    [Test]
    public async Task An_exported_article_page_is_the_same_html_the_running_head_serves()
    {
        await CliRun.Run("export", "--folder", Paths.ShippedUsync, "--out", _out.FullName);
        const string host = "bluebonnet-lane.test";
        const string path = "/articles/how-ketamine-differs-from-traditional-antidepressants";

        await using var head = ClinicKitHead.Build(
            [$"--ClinicKit:Usync:Path={Paths.ShippedUsync}", "--ClinicKit:Usync:Watch=false", "--urls=http://127.0.0.1:0"],
            builder => builder.Logging.ClearProviders());
        await head.StartAsync();
        var address = head.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        var served = await (await client.SendAsync(request)).Content.ReadAsByteArrayAsync();
        await head.StopAsync();

        var exported = File.ReadAllBytes(Path.Combine(_out.FullName, host, "articles", "how-ketamine-differs-from-traditional-antidepressants", "index.html"));
        Assert.That(exported, Is.EqualTo(served));
        Assert.That(System.Text.Encoding.UTF8.GetString(exported), Does.Contain("Bluebonnet Lane Clinic"));
    }

    [Test]
    public async Task Links_to_missing_pages_and_missing_reference_anchors_are_reported_as_errors()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        const string article = "Content/how-ketamine-differs-from-traditional-antidepressants.config";
        var text = File.ReadAllText(copy.PathOf(article));
        var at = text.IndexOf("\\u003Cp\\u003E", StringComparison.Ordinal);
        copy.Write(article, text[..at] + "\\u003Cp\\u003E\\u003Ca href=\\u0022/articles/no-such-page\\u0022\\u003Egone\\u003C/a\\u003E \\u003Ca href=\\u0022#ref-99\\u0022\\u003E99\\u003C/a\\u003E\\u003C/p\\u003E" + text[at..]);

        var (exit, output, _) = await CliRun.Run("export", "--folder", copy.Root, "--out", _out.FullName);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain("link /articles/no-such-page: no file articles/no-such-page/index.html in the export"));
        Assert.That(output, Does.Contain("link #ref-99: ").And.Contain("has no element with id 'ref-99'"));
    }

    [Test]
    public async Task A_folder_that_is_not_a_previous_export_is_never_replaced()
    {
        _out.Create();
        File.WriteAllText(Path.Combine(_out.FullName, "keep-me.txt"), "mine");

        var (exit, _, error) = await CliRun.Run("export", "--folder", Paths.ShippedUsync, "--out", _out.FullName);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("is not a previous export"));
        Assert.That(File.ReadAllText(Path.Combine(_out.FullName, "keep-me.txt")), Is.EqualTo("mine"));
    }
}
