using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClinicKit.Web.Sources;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary><c>POST /_clinickit/webhooks/umbraco</c>: Umbraco 17's "Content Published", "Content Unpublished" and "Content
/// Deleted" webhooks, authenticated by a shared secret, refresh exactly the content they name on every head.</summary>
/// <remarks>
/// Umbraco 17 sends one request per content item, with the event alias in <c>Umb-Webhook-Event</c>
/// (<c>Umbraco.ContentPublish</c>, <c>Umbraco.ContentUnpublish</c>, <c>Umbraco.ContentDelete</c>: Umbraco's
/// <c>Constants.WebhookEvents.Aliases</c>) and the headers configured on the webhook. The body depends on
/// <c>Umbraco:CMS:Webhook:PayloadType</c>: with <c>Legacy</c> (17's default) a publish sends the item as the Delivery API
/// builds it (<c>{contentType, name, …, route: {startItem: {id}}, id, properties}</c>) and an unpublish or delete sends
/// <c>{"id": …}</c>; with <c>Minimal</c> every event sends <c>{"id": …}</c> (plus cultures). Only <c>id</c> is required;
/// <c>contentType</c> and <c>route.startItem.id</c> make a publish of content the head has never seen more precise.
/// Runs before clinic resolution: Umbraco calls the head on its own host name, not a clinic's.
/// </remarks>
public sealed partial class UmbracoWebhookEndpoint(RequestDelegate next, ILogger<UmbracoWebhookEndpoint> logger)
{
    public const string Path = "/_clinickit/webhooks/umbraco";
    public const string SecretHeader = "X-ClinicKit-Webhook-Secret";
    public const string EventHeader = "Umb-Webhook-Event";
    private const int MaxBodyBytes = 4 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context, IOptions<ContentSourceSelection> selection, IOptions<DeliveryApiOptions> options)
    {
        if (!context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (selection.Value.Source != ContentSourceKind.DeliveryApi)
        {
            await WriteAsync(response, StatusCodes.Status404NotFound, "webhooks are only used with ClinicKit:Source=DeliveryApi");
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            response.Headers.Allow = "POST";
            await WriteAsync(response, StatusCodes.Status405MethodNotAllowed, "POST only");
            return;
        }

        var sent = context.Request.Headers[SecretHeader].ToString();
        if (sent.Length == 0)
        {
            LogRejected(context.Connection.RemoteIpAddress?.ToString() ?? "?", "no secret header");
            await WriteAsync(response, StatusCodes.Status401Unauthorized, $"missing {SecretHeader}");
            return;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(options.Value.WebhookSecret)))
        {
            LogRejected(context.Connection.RemoteIpAddress?.ToString() ?? "?", "wrong secret");
            await WriteAsync(response, StatusCodes.Status403Forbidden, $"wrong {SecretHeader}");
            return;
        }

        var eventAlias = context.Request.Headers[EventHeader].ToString();
        if (!TryReadPayload(await ReadBodyAsync(context.Request), out var id, out var contentType, out var startItem))
        {
            await WriteAsync(response, StatusCodes.Status400BadRequest, "the body is not a JSON object with a content \"id\"");
            return;
        }

        var invalidations = context.RequestServices.GetRequiredService<ContentInvalidations>();
        var outcome = await invalidations.ApplyWebhookAsync(eventAlias, id, contentType, startItem);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(JsonSerializer.Serialize(
            new { @event = outcome.Event, id = outcome.Id, applied = outcome.Applied, everything = outcome.Everything, entries = outcome.Entries }));
    }

    /// <summary>The content key, and (from a Legacy publish payload) its content type and clinic root.</summary>
    internal static bool TryReadPayload(byte[] body, out Guid id, out string? contentType, out Guid? startItem)
    {
        id = Guid.Empty;
        contentType = null;
        startItem = null;
        JsonElement json;
        try
        {
            json = JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException)
        {
            return false;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        string? Str(JsonElement o, string name) =>
            o.ValueKind == JsonValueKind.Object && o.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is
            { Value.ValueKind: JsonValueKind.String } p ? p.Value.GetString() : null;

        JsonElement Obj(JsonElement o, string name) =>
            o.ValueKind == JsonValueKind.Object ? o.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value : default;

        if (!Guid.TryParse(Str(json, "id"), out id))
        {
            return false;
        }

        contentType = Str(json, "contentType");
        startItem = Guid.TryParse(Str(Obj(Obj(json, "route"), "startItem"), "id"), out var root) ? root : null;
        return true;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return [];
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Task WriteAsync(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit rejected a webhook from {Remote}: {Reason}")]
    private partial void LogRejected(string remote, string reason);
}
