using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Web.Tests.Support;

/// <summary>A CDN's purge API on 127.0.0.1: records every request the head's purge hook sends (its tags from the JSON body,
/// its <c>Surrogate-Key</c> and <c>Authorization</c> headers) and answers 200.</summary>
internal sealed class FakePurgeReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Purge> _purges = new();

    private FakePurgeReceiver(WebApplication app) => _app = app;

    public sealed record Purge(string Method, IReadOnlyList<string> Tags, string SurrogateKey, string Authorization);

    public string Url { get; private set; } = "";

    public IReadOnlyList<Purge> Purges => [.. _purges];

    public static async Task<FakePurgeReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new FakePurgeReceiver(app);
        app.Run(async context =>
        {
            using var json = await JsonDocument.ParseAsync(context.Request.Body);
            var tags = json.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();
            receiver._purges.Enqueue(new Purge(
                context.Request.Method, tags, context.Request.Headers["Surrogate-Key"].ToString(), context.Request.Headers.Authorization.ToString()));
            await context.Response.WriteAsync("{\"success\":true}");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address + "/purge";
        return receiver;
    }

    /// <summary>Waits (up to 10 s) until a purge has arrived: the head purges after dropping its own pages, off the request.</summary>
    public async Task<Purge?> FirstAsync()
    {
        for (var i = 0; i < 200 && _purges.IsEmpty; i++)
        {
            await Task.Delay(50);
        }

        return _purges.TryPeek(out var purge) ? purge : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
