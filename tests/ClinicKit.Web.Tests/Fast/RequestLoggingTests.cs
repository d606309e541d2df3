using ClinicKit.Web.Hosting;
using ClinicKit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>Under load, ASP.NET Core's line per request filled 89 MB of log per 10 s: the head logs requests only at
/// Warning unless its configuration asks for more, and keeps its own start-up lines.</summary>
public sealed class RequestLoggingTests
{
    [Test]
    public async Task Serving_pages_logs_nothing_from_aspnet_core_at_information()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var host = ShippedContent.Host(ShippedContent.Clinics[0]);
        foreach (var path in new[] { "/", "/", "/articles/none", "/assets/css/site.css", "/robots.txt" })
        {
            using var response = await head.GetAsync(host, path);
        }

        Assert.That(head.Logs.Entries.Where(e => e.Level < LogLevel.Warning && e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).Select(e => e.Category + ": " + e.Message), Is.Empty);
    }

    /// <summary>The head as <c>dotnet run</c> starts it (a real port, no logging configuration of the test's own): each
    /// clinic's address is printed at Information, and a served page adds no line.</summary>
    [Test]
    public async Task On_start_each_clinics_url_is_logged_and_a_served_page_logs_nothing()
    {
        var logs = new CapturedLogs();
        var app = ClinicKitHead.Build(["--urls=http://127.0.0.1:0", $"--ClinicKit:Usync:Path={Paths.ShippedUsync}", "--ClinicKit:Usync:Watch=false"], b =>
        {
            b.Logging.ClearProviders();
            b.Logging.AddProvider(logs);
        });
        await app.StartAsync();
        try
        {
            var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
            var started = logs.Messages(LogLevel.Information).ToList();
            foreach (var clinic in ShippedContent.Clinics)
            {
                Assert.That(started, Does.Contain($"{clinic.ClinicName}: http://{ShippedContent.Host(clinic)}:{port}/"));
            }

            using var client = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/");
            request.Headers.Host = ShippedContent.Host(ShippedContent.Clinics[0]);
            using var response = await client.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(logs.Messages(LogLevel.Information).Skip(started.Count), Is.Empty, "serving a page should not log at Information");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [TestCase("Microsoft.AspNetCore.Hosting.Diagnostics", false)]
    [TestCase("Microsoft.AspNetCore.Routing.EndpointMiddleware", false)]
    [TestCase("Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker", false)]
    [TestCase("Microsoft.Hosting.Lifetime", true)]
    [TestCase("ClinicKit.Web", true)]
    [TestCase("ClinicKit.Web.Sources.Usync.UsyncContentSource", true)]
    public async Task Information_is_logged_for_the_heads_own_lines_only(string category, bool enabled)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);

        var logger = head.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

        Assert.That(logger.IsEnabled(LogLevel.Information), Is.EqualTo(enabled));
    }

    [Test]
    public async Task Configuration_can_turn_request_logging_back_on()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b =>
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information" }));

        var logger = head.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        Assert.That(logger.IsEnabled(LogLevel.Information), Is.True);
    }
}
