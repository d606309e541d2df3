using System.Text.Json;
using ClinicKit.Web.Availability;
using ClinicKit.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Web.Tests.Support;

/// <summary>The head on TestServer, the way the CLI's static exporter hosts it: no socket, same pipeline.</summary>
internal sealed class InProcessHead : IAsyncDisposable
{
    private InProcessHead(WebApplication app, CapturedLogs logs)
    {
        App = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public CapturedLogs Logs { get; }

    public HttpClient Client { get; }

    public static async Task<InProcessHead> StartAsync(string usyncFolder, Action<WebApplicationBuilder>? configure = null)
    {
        var logs = new CapturedLogs();
        var app = ClinicKitHead.Build([$"--ClinicKit:Usync:Path={usyncFolder}", "--ClinicKit:Usync:Watch=false"], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new InProcessHead(app, logs);
    }

    public Task<HttpResponseMessage> GetAsync(string host, string path, HttpMethod? method = null) =>
        Client.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Get, $"http://{host}{path}"));

    public async Task<string> GetTextAsync(string host, string path)
    {
        using var response = await GetAsync(host, path);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>What the health endpoint reports (the same on every host name).</summary>
    public async Task<JsonElement> HealthAsync()
    {
        var text = await GetTextAsync("any-host.test", HealthEndpointMiddleware.Path);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
