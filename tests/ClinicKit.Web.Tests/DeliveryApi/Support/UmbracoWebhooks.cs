using System.Net.Http.Headers;
using System.Text;
using ClinicKit.Web.Sources.DeliveryApi;
using ClinicKit.Web.Tests.DeliveryApi.Fake;

namespace ClinicKit.Web.Tests.DeliveryApi.Support;

/// <summary>Sends what Umbraco 17 sends when an editor publishes, unpublishes or deletes (payload type Legacy, 17's default):
/// the <c>Umb-Webhook-Event</c> header, the headers configured on the webhook, and the event's JSON body.</summary>
internal static class UmbracoWebhooks
{
    public const string Publish = "Umbraco.ContentPublish";
    public const string Unpublish = "Umbraco.ContentUnpublish";
    public const string Delete = "Umbraco.ContentDelete";

    /// <summary>Content Published (Legacy): the item as the Delivery API builds it, unexpanded (<c>LegacyContentPublishedWebhookEvent</c>
    /// returns <c>IApiContentBuilder.Build(content)</c>).</summary>
    public static string PublishedPayload(FakeUmbraco fake, Guid key) => fake.Json($"content/item/{key:D}");

    /// <summary>Content Unpublished / Deleted (and every event with payload type Minimal): <c>DefaultPayloadModel</c>, <c>{"id": …}</c>.</summary>
    public static string IdPayload(Guid key) => $"{{\"id\":\"{key:D}\"}}";

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string headHost, string eventAlias, string body, string? secret = DeliveryApiHeads.Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"http://{headHost}{UmbracoWebhookEndpoint.Path}")
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("Umb-Webhook-Event", eventAlias);
        request.Headers.Add("Umb-Webhook-RetryCount", "0");
        if (secret is not null)
        {
            request.Headers.Add(UmbracoWebhookEndpoint.SecretHeader, secret);
        }

        return await client.SendAsync(request);
    }
}
