using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Models.DeliveryApi;
using ContentNode = ClinicKit.Content.Usync.Items.ContentNode;

namespace ClinicKit.Web.Tests.DeliveryApi.Fake;

/// <summary>How the fake Umbraco misbehaves, to test what the head does when the real one does.</summary>
public enum FakeFault
{
    None,

    /// <summary>Every request answers 500.</summary>
    ServerError,

    /// <summary>Every request hangs (until the client gives up).</summary>
    Hang,

    /// <summary>Every request answers 200 with JSON cut short.</summary>
    Malformed,
}

/// <summary>One request the fake received: what the head asked for and with which headers.</summary>
public sealed record FakeRequest(string PathAndQuery, string? StartItem, string? ApiKey, string? Preview);

/// <summary>A stand-in for Umbraco 17's Content Delivery API v2 on a real loopback port (Kestrel), serving a uSync folder as
/// the real API would serve the same content (see <see cref="FakeDeliveryApi"/>), with a request log and switchable faults.</summary>
/// <remarks>
/// Endpoints (Umbraco-CMS <c>src/Umbraco.Cms.Api.Delivery/Controllers/Content</c>): <c>GET content/item/{id:guid}</c>
/// (ByIdContentApiController), <c>GET content/item/{*path}</c> with <c>Start-Item</c> (ByRouteContentApiController; an empty
/// path is the root), <c>GET content/items?id=…</c> (ByIdsContentApiController: the published ones, as an array) and
/// <c>GET content?fetch=children:{id|path}&amp;filter=contentType:{alias}&amp;sort=sortOrder:asc&amp;skip&amp;take</c>
/// (QueryContentApiController: <c>{"total", "items"}</c>, <c>take</c> defaults to 10). <c>expand</c> and <c>fields</c> apply
/// to all of them. With an API key configured, a request without it gets 401; <c>Preview: true</c> needs the key and also
/// serves unpublished nodes.
/// </remarks>
public sealed class FakeUmbraco : IAsyncDisposable
{
    public const string ApiPrefix = "/umbraco/delivery/api/v2/";

    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly string? _apiKey;
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private volatile FakeContentTree _tree;
    private int _stopped;

    private FakeUmbraco(WebApplication app, string folder, string? apiKey)
    {
        _app = app;
        _folder = folder;
        _apiKey = apiKey;
        _tree = new FakeContentTree(folder);
    }

    public string BaseUrl { get; private set; } = "";

    public int Port { get; private set; }

    public FakeFault Fault { get; set; }

    /// <summary>Changes every content item in every answer (top level, in arrays and expanded inside others) before it is sent:
    /// Umbraco answering with properties of the wrong shape, as after a data type was changed under the content.</summary>
    public Action<JsonObject>? Reshape { get; set; }

    /// <summary>Every request the fake answered (or failed on purpose), in order.</summary>
    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    public static async Task<FakeUmbraco> StartAsync(string usyncFolder, string? apiKey = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var fake = new FakeUmbraco(app, usyncFolder, apiKey);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Port = new Uri(address).Port;
        fake.BaseUrl = $"http://127.0.0.1:{fake.Port}";
        return fake;
    }

    public void ClearRequests() => _requests.Clear();

    /// <summary>Reads the uSync folder again (after a test edited it): what Umbraco serves once the editor has published.</summary>
    public void Reload() => _tree = new FakeContentTree(_folder);

    /// <summary>The JSON the fake answers for a path and query (under the API prefix), as the head would receive it.</summary>
    public string Json(string pathAndQuery, string? startItem = null, bool preview = false)
    {
        var (status, body) = Answer(pathAndQuery, startItem, preview);
        return status == 200 ? body : throw new InvalidOperationException($"{pathAndQuery} answered {status}");
    }

    /// <summary>Stops listening: from now on the head's connections are refused (Umbraco unreachable).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var pathAndQuery = Uri.UnescapeDataString(request.Path.Value + request.QueryString.Value);
        _requests.Enqueue(new FakeRequest(pathAndQuery, Header("Start-Item"), Header("Api-Key"), Header("Preview")));
        switch (Fault)
        {
            case FakeFault.ServerError:
                context.Response.StatusCode = 500;
                await context.Response.WriteAsync("{\"title\":\"Internal Server Error\"}");
                return;
            case FakeFault.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case FakeFault.Malformed:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"contentType\":\"clinicKitClinicSite\",\"name\":\"Riverglass");
                return;
        }

        var preview = string.Equals(Header("Preview"), "true", StringComparison.OrdinalIgnoreCase);
        if ((_apiKey is not null || preview) && Header("Api-Key") != _apiKey)
        {
            context.Response.StatusCode = 401;
            return;
        }

        if (!request.Path.StartsWithSegments(ApiPrefix.TrimEnd('/'), out var rest))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var (status, body) = Answer(rest.Value!.TrimStart('/') + request.QueryString.Value, Header("Start-Item"), preview);
        context.Response.StatusCode = status;
        if (status == 200)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(Reshape is { } reshape ? Reshaped(body, reshape) : body);
        }

        string? Header(string name) => request.Headers.TryGetValue(name, out var v) ? v.ToString() : null;
    }

    private static string Reshaped(string body, Action<JsonObject> reshape)
    {
        var json = JsonNode.Parse(body)!;
        var items = new List<JsonObject>();
        Collect(json);
        foreach (var item in items)
        {
            reshape(item);
        }

        return json.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o.ContainsKey("contentType") && o.ContainsKey("route"))
                    {
                        items.Add(o);
                    }

                    foreach (var (_, child) in o.ToList())
                    {
                        Collect(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a.ToList())
                    {
                        Collect(child);
                    }

                    break;
            }
        }
    }

    /// <summary>Status and JSON for a request relative to the API prefix (<c>content/item/…</c>, <c>content/items?…</c>, <c>content?…</c>).</summary>
    private (int Status, string Body) Answer(string relative, string? startItemHeader, bool preview)
    {
        var tree = _tree;
        var api = new FakeDeliveryApi(tree, preview);
        var question = relative.IndexOf('?');
        var path = Uri.UnescapeDataString(question < 0 ? relative : relative[..question]);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(question < 0 ? "" : relative[question..]);
        OutputExpansion expansion;
        try
        {
            expansion = new OutputExpansion(query.TryGetValue("expand", out var e) ? e.ToString() : null, query.TryGetValue("fields", out var f) ? f.ToString() : null);
        }
        catch (ArgumentException)
        {
            return (400, "");
        }

        bool Visible(ContentNode n) => FakeContentTree.IsVisible(n, preview);

        if (path.StartsWith("content/item/", StringComparison.Ordinal) || path == "content/item")
        {
            var rest = path.Length > "content/item/".Length ? path["content/item/".Length..] : "";
            if (Guid.TryParse(rest.Trim('/'), out var id))
            {
                return tree.Node(id) is { } byId && Visible(byId) ? (200, Write(api.Response(byId, expansion))) : (404, "");
            }

            var node = ByRoute(tree, rest, startItemHeader, preview);
            return node is null ? (404, "") : (200, Write(api.Response(node, expansion)));
        }

        if (path == "content/items")
        {
            var ids = query.TryGetValue("id", out var values) ? values.Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Distinct() : [];
            var items = ids.Select(tree.Node).Where(n => n is not null && Visible(n)).Select(n => (IApiContentResponse)api.Response(n!, expansion)).ToArray();
            return (200, Write(items));
        }

        if (path == "content")
        {
            IEnumerable<ContentNode> nodes = tree.Nodes.Where(Visible);
            if (query.TryGetValue("fetch", out var fetch) && fetch.ToString().StartsWith("children:", StringComparison.Ordinal))
            {
                var target = fetch.ToString()["children:".Length..];
                var parent = Guid.TryParse(target, out var parentId) ? tree.Node(parentId) : ByRoute(tree, target, startItemHeader, preview);
                if (parent is null)
                {
                    return (404, "");
                }

                nodes = tree.ChildrenOf(parent.Key).Where(Visible);
            }

            foreach (var filter in query.TryGetValue("filter", out var filters) ? filters.ToArray() : [])
            {
                if (filter?.StartsWith("contentType:", StringComparison.Ordinal) == true)
                {
                    var alias = filter["contentType:".Length..];
                    var negate = alias.StartsWith('!');
                    alias = alias.TrimStart('!');
                    nodes = nodes.Where(n => (n.ContentType == alias) != negate);
                }
            }

            var ordered = nodes.OrderBy(n => n.SortOrder ?? 0).ToList();
            var skip = query.TryGetValue("skip", out var s) && int.TryParse(s, out var sk) ? sk : 0;
            var take = query.TryGetValue("take", out var t) && int.TryParse(t, out var tk) ? tk : 10;
            var page = ordered.Skip(skip).Take(take).Select(n => (IApiContentResponse)api.Response(n, expansion)).ToArray();
            return (200, Write(new PagedViewModel<IApiContentResponse> { Total = ordered.Count, Items = page }));
        }

        return (404, "");
    }

    /// <summary><c>RequestRoutingService</c>: with a Start-Item (root URL segment or GUID) the path is relative to that root;
    /// without one, to each root in turn.</summary>
    private static ContentNode? ByRoute(FakeContentTree tree, string path, string? startItem, bool preview)
    {
        var roots = tree.Roots.Where(r => FakeContentTree.IsVisible(r, preview)).ToList();
        if (!string.IsNullOrEmpty(startItem))
        {
            roots = roots.Where(r => Guid.TryParse(startItem, out var id) ? r.Key == id : string.Equals(FakeContentTree.UrlSegment(r), startItem, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var root in roots)
        {
            var node = root;
            foreach (var segment in segments)
            {
                node = tree.ChildrenOf(node.Key).FirstOrDefault(c => FakeContentTree.IsVisible(c, preview)
                    && string.Equals(FakeContentTree.UrlSegment(c), segment, StringComparison.OrdinalIgnoreCase));
                if (node is null)
                {
                    break;
                }
            }

            if (node is not null)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>As MVC writes an <c>OkObjectResult</c>: the value's runtime type, Umbraco's Delivery API options.</summary>
    private static string Write(object value) => JsonSerializer.Serialize(value, value.GetType(), DeliveryApiJson.Options);

    /// <summary>Umbraco's <c>PagedViewModel&lt;T&gt;</c> (<c>src/Umbraco.Cms.Api.Common/ViewModels/Pagination/PagedViewModel.cs</c>):
    /// <c>Total</c>, then <c>Items</c>.</summary>
    public sealed class PagedViewModel<T>
    {
        public long Total { get; set; }

        public IEnumerable<T> Items { get; set; } = [];
    }
}
