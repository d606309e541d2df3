using System.Net;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>Several heads behind a load balancer share one Redis: what one fetched, the others serve without asking Umbraco,
/// and a webhook to any of them refreshes all of them.</summary>
public sealed class SharedCacheTests
{
    private const string Host = "riverglass-ketamine.test";
    private TestRedis _redis = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _redis = await TestRedis.SharedOrOwnAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _redis.DisposeAsync();

    private Dictionary<string, string?> SharedRedis(string prefix) => new()
    {
        ["ClinicKit:DeliveryApi:Redis"] = _redis.Endpoint,
        ["ClinicKit:DeliveryApi:RedisPrefix"] = prefix,
    };

    [Test]
    public async Task A_page_one_head_fetched_is_served_by_the_other_without_calling_umbraco()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        var prefix = TestRedis.UniquePrefix();
        await using var first = await DeliveryApiHeads.InProcessAsync(fake, SharedRedis(prefix));
        await using var second = await DeliveryApiHeads.InProcessAsync(fake, SharedRedis(prefix));
        var path = "/articles/" + ShippedContent.ServedArticles(ShippedContent.ClinicByHost(Host)).First().Page.Slug;

        var fromFirst = await first.GetTextAsync(Host, path);
        Assert.That(fake.Requests, Is.Not.Empty, "the first head asked Umbraco");
        fake.ClearRequests();

        using var response = await second.GetAsync(Host, path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(fromFirst));
        Assert.That(fake.Requests, Is.Empty, "the second head found everything in Redis");

        // Without the shared cache, a third head has to ask Umbraco itself: the test above could not pass by accident.
        await using var alone = await DeliveryApiHeads.InProcessAsync(fake);
        await alone.GetTextAsync(Host, path);
        Assert.That(fake.Requests, Is.Not.Empty);
    }

    [Test]
    public async Task A_webhook_to_one_head_refreshes_the_page_on_every_head()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var fake = await FakeUmbraco.StartAsync(copy.Root);
        var prefix = TestRedis.UniquePrefix();
        await using var first = await DeliveryApiHeads.InProcessAsync(fake, SharedRedis(prefix));
        await using var second = await DeliveryApiHeads.InProcessAsync(fake, SharedRedis(prefix));
        var (page, article) = ShippedContent.ServedArticles(ShippedContent.ClinicByHost(Host)).First();
        var path = "/articles/" + page.Slug;

        // Both heads hold the page in their page caches and the content in memory.
        Assert.That(await first.GetTextAsync(Host, path), Does.Contain(article.Title));
        Assert.That(await second.GetTextAsync(Host, path), Does.Contain(article.Title));

        copy.Edit(article.Key, node => UsyncCopy.Set(node, Props.Title, "Title after the webhook"));
        fake.Reload();
        fake.ClearRequests();
        using var webhook = await UmbracoWebhooks.SendAsync(first.Client, "head.internal", UmbracoWebhooks.Publish, UmbracoWebhooks.PublishedPayload(fake, article.Key));
        Assert.That(webhook.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        fake.ClearRequests();

        // The second head hears of it over Redis pub/sub, a moment later.
        Assert.That(await TestRedis.EventuallyAsync(async () => (await second.GetTextAsync(Host, path)).Contains("Title after the webhook", StringComparison.Ordinal)),
            Is.True, "the head that did not receive the webhook shows the new title");
        Assert.That(await first.GetTextAsync(Host, path), Does.Contain("Title after the webhook"));
        Assert.That(fake.Requests.Select(r => r.PathAndQuery).Distinct(), Is.EqualTo(new[]
        {
            FakeUmbraco.ApiPrefix + $"content/item/{article.Key:D}?expand=properties[body[properties[citations]],reviewedBy]",
        }), "one head fetched the article again; the other took it from Redis");
        Assert.That(fake.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task After_redis_restarts_empty_both_heads_still_follow_webhooks()
    {
        await using var redis = await TestRedis.OwnAsync();
        using var copy = UsyncCopy.OfShipped();
        await using var fake = await FakeUmbraco.StartAsync(copy.Root);
        var config = new Dictionary<string, string?> { ["ClinicKit:DeliveryApi:Redis"] = redis.Endpoint };
        await using var first = await DeliveryApiHeads.InProcessAsync(fake, config);
        await using var second = await DeliveryApiHeads.InProcessAsync(fake, config);
        var (page, article) = ShippedContent.ServedArticles(ShippedContent.ClinicByHost(Host)).First();
        var path = "/articles/" + page.Slug;
        for (var i = 0; i < 3; i++)
        {
            // Webhooks before the restart move the shared epoch on; the entries fetched after them carry the higher epochs.
            using var webhook = await UmbracoWebhooks.SendAsync(first.Client, "head.internal", UmbracoWebhooks.Publish, UmbracoWebhooks.PublishedPayload(fake, article.Key));
            await first.GetTextAsync(Host, path);
            await second.GetTextAsync(Host, path);
        }

        // While Redis is down both heads keep serving (from memory, and Umbraco); a restart without persistence then
        // comes back empty, and StackExchange.Redis reconnects and subscribes again by itself.
        await redis.StopAsync();
        foreach (var head in new[] { first, second })
        {
            using var during = await head.GetAsync(Host, path + "?during-the-outage");
            Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a head serves while Redis is down");
        }

        await redis.StartAsync();
        copy.Edit(article.Key, node => UsyncCopy.Set(node, Props.Title, "Title after the restart"));
        fake.Reload();
        Assert.That(await TestRedis.EventuallyAsync(async () =>
        {
            using var webhook = await UmbracoWebhooks.SendAsync(first.Client, "head.internal", UmbracoWebhooks.Publish, UmbracoWebhooks.PublishedPayload(fake, article.Key));
            return (await first.GetTextAsync(Host, path)).Contains("Title after the restart", StringComparison.Ordinal)
                && (await second.GetTextAsync(Host, path)).Contains("Title after the restart", StringComparison.Ordinal);
        }), Is.True, "both heads show the published title again");
    }

    /// <summary>Redis with <c>requirepass</c>: the password travels in the configuration string (StackExchange.Redis sends
    /// AUTH); a wrong one costs the sharing, not the pages.</summary>
    [TestCase(true)]
    [TestCase(false)]
    public async Task Heads_share_a_redis_that_requires_a_password_only_with_the_right_one(bool rightPassword)
    {
        await using var redis = await TestRedis.OwnAsync(password: "s3cret-for-the-test");
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        var config = new Dictionary<string, string?>
        {
            ["ClinicKit:DeliveryApi:Redis"] = rightPassword ? redis.Configuration : redis.Endpoint + ",password=wrong",
        };
        await using var first = await DeliveryApiHeads.InProcessAsync(fake, config);
        await using var second = await DeliveryApiHeads.InProcessAsync(fake, config);
        var path = "/articles/" + ShippedContent.ServedArticles(ShippedContent.ClinicByHost(Host)).First().Page.Slug;

        var fromFirst = await first.GetTextAsync(Host, path);
        fake.ClearRequests();
        using var response = await second.GetAsync(Host, path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(fromFirst));
        if (rightPassword)
        {
            Assert.That(fake.Requests, Is.Empty, "the second head found the page in Redis");
        }
        else
        {
            Assert.That(fake.Requests, Is.Not.Empty, "without AUTH the second head asks Umbraco itself");
            Assert.That(second.Logs.Messages(Microsoft.Extensions.Logging.LogLevel.Warning), Has.Some.Contains("Redis"));
        }
    }

    [Test]
    public async Task A_head_keeps_serving_when_redis_is_down()
    {
        await using var redis = await TestRedis.OwnAsync();
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, new Dictionary<string, string?>
        {
            ["ClinicKit:DeliveryApi:Redis"] = redis.Endpoint,
            ["ClinicKit:DeliveryApi:RedisPrefix"] = TestRedis.UniquePrefix(),
        });
        await redis.StopAsync();

        using var response = await head.GetAsync(Host, "/");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(head.Logs.Messages(Microsoft.Extensions.Logging.LogLevel.Warning), Has.Some.Contains("Redis"));
    }
}
