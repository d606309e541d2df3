using ClinicKit.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Web.Tests.Support;

/// <summary>The real head, built by <see cref="ClinicKitHead.Build"/> as <c>dotnet run</c> builds it, listening on a free
/// loopback port.</summary>
internal sealed class HeadServer : IAsyncDisposable
{
    private HeadServer(WebApplication app, int port, CapturedLogs logs)
    {
        App = app;
        Port = port;
        Logs = logs;
    }

    public WebApplication App { get; }

    public int Port { get; }

    public CapturedLogs Logs { get; }

    public static async Task<HeadServer> StartAsync(string usyncFolder, Action<WebApplicationBuilder>? configure = null)
    {
        var logs = new CapturedLogs();
        var app = ClinicKitHead.Build(
            [
                "--urls=http://127.0.0.1:0",
                $"--ClinicKit:Usync:Path={usyncFolder}",
                "--ClinicKit:Usync:ReloadDelayMilliseconds=100",
                "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
            ],
            builder =>
            {
                builder.Logging.ClearProviders();
                builder.Logging.AddProvider(logs);
                configure?.Invoke(builder);
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HeadServer(app, new Uri(address).Port, logs);
    }

    public string Url(string host, string path = "/") => $"http://{host}:{Port}{path}";

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
