using System.Net;
using ClinicKit.Web.Availability;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>The CDN in front of the heads: an Umbraco webhook makes the head call the purge hook with the surrogate keys of
/// what changed, and a page rendered from a stale copy or a 503 carries headers no CDN keeps.</summary>
public sealed class CdnPurgeTests
{
    private const string Host = "riverglass-ketamine.test";
    private const string Token = "Bearer purge-token-1234";

    [TestCase(UmbracoWebhooks.Publish, TestName = "Content Published: the CDN is asked to purge the article's key")]
    [TestCase(UmbracoWebhooks.Unpublish, TestName = "Content Unpublished: the CDN is asked to purge the article's key")]
    [TestCase(UmbracoWebhooks.Delete, TestName = "Content Deleted: the CDN is asked to purge the article's key")]
    public async Task A_webhook_sends_the_purge_hook_the_tags_of_the_changed_content(string eventAlias)
    {
        await using var receiver = await FakePurgeReceiver.StartAsync();
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, Purging(receiver));
        var (page, article) = ShippedContent.ServedArticles(ShippedContent.ClinicByHost(Host)).First();
        using var shown = await head.GetAsync(Host, "/articles/" + page.Slug);
        var pageKeys = shown.Headers.GetValues("Surrogate-Key").Single().Split(' ');

        var body = eventAlias == UmbracoWebhooks.Publish ? UmbracoWebhooks.PublishedPayload(fake, article.Key) : UmbracoWebhooks.IdPayload(article.Key);
        using var webhook = await UmbracoWebhooks.SendAsync(head.Client, "head.internal", eventAlias, body);
        Assert.That(webhook.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var purge = await receiver.FirstAsync();
        Assert.That(purge, Is.Not.Null, "the purge hook was called");
        Assert.That(purge!.Method, Is.EqualTo("POST"));
        Assert.That(purge.Tags, Does.Contain(article.Key.ToString("N")));
        Assert.That(pageKeys, Does.Contain(article.Key.ToString("N")), "the page the CDN holds carries the purged key");
        Assert.That(purge.Tags, Does.Contain("clinickit-many"), "pages too big to name every key are purged by any change");
        Assert.That(purge.SurrogateKey.Split(' '), Is.EqualTo(purge.Tags), "the same tags as a Surrogate-Key header (Fastly)");
        Assert.That(purge.Authorization, Is.EqualTo(Token), "the configured headers are sent");
    }

    [Test]
    public async Task A_full_reload_asks_the_CDN_to_purge_every_page()
    {
        await using var receiver = await FakePurgeReceiver.StartAsync();
        var source = new InMemoryContentSource(ShippedContent.Library);
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b =>
        {
            b.Configuration.AddInMemoryCollection(Purging(receiver));
            b.Services.AddSingleton<IContentSource>(source);
        });

        source.Raise(ContentChange.All);

        var purge = await receiver.FirstAsync();
        Assert.That(purge?.Tags, Is.EqualTo(new[] { "clinickit" }));
    }

    [Test]
    public async Task A_page_rendered_from_a_stale_copy_is_no_store_without_validators()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, new Dictionary<string, string?>
        {
            ["ClinicKit:DeliveryApi:FreshSeconds"] = "0",
            ["ClinicKit:DeliveryApi:Retries"] = "0",
        });
        var path = "/articles/" + ShippedContent.ServedArticles(ShippedContent.ClinicByHost(Host)).First().Page.Slug;
        using (var good = await head.GetAsync(Host, path + "?warm"))
        {
            Assert.That(good.Headers.ETag, Is.Not.Null);
        }

        fake.Fault = FakeFault.ServerError;
        using var stale = await head.GetAsync(Host, "/sitemap.xml");

        Assert.That(stale.Headers.Contains(StaleResponses.Header), Is.True);
        Assert.That(stale.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(stale.Headers.ETag, Is.Null, "no ETag that would let a cache revalidate the stand-in");
        Assert.That(stale.Content.Headers.LastModified, Is.Null);
    }

    [Test]
    public async Task A_503_is_no_store_with_Retry_After_and_no_validators()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, new Dictionary<string, string?> { ["ClinicKit:DeliveryApi:Retries"] = "0" });
        fake.Fault = FakeFault.ServerError;

        using var response = await head.GetAsync("bluebonnet-lane.test", "/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(response.Headers.ETag, Is.Null);
        Assert.That(response.Content.Headers.LastModified, Is.Null);
    }

    private static Dictionary<string, string?> Purging(FakePurgeReceiver receiver) => new()
    {
        ["ClinicKit:HttpCaching:Purge:Url"] = receiver.Url,
        ["ClinicKit:HttpCaching:Purge:Headers:Authorization"] = Token,
    };
}
