using ClinicKit.Web.Caching.Distributed;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Sources.DeliveryApi;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>The content cache's freshness rules: fresh, stale but usable, gone; and a fetch that raced a webhook never passes
/// old content off as new, on this head or on another one sharing Redis.</summary>
public sealed class ContentStoreTests
{
    private static readonly byte[] Old = "{\"v\":\"old\"}"u8.ToArray();

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static IOptions<DeliveryApiOptions> Options(int fresh = 60, int stale = 3600, string? redis = null) =>
        Microsoft.Extensions.Options.Options.Create(new DeliveryApiOptions { FreshSeconds = fresh, StaleSeconds = stale, Redis = redis });

    [Test]
    public async Task An_entry_is_fresh_then_stale_but_usable_then_gone()
    {
        var clock = new ManualClock();
        var store = new ContentStore(Options(fresh: 60, stale: 3600), new LocalInvalidationBus(), clock, NullLogger<ContentStore>.Instance);
        await store.PutAsync([new("item:a", Old)], await store.EpochAsync());
        Assert.That((await store.GetAsync("item:a"))!.IsFresh, Is.True);

        clock.Now += TimeSpan.FromSeconds(61);
        Assert.That((await store.GetAsync("item:a"))!.IsFresh, Is.False, "older than FreshSeconds: ask Umbraco again");

        clock.Now += TimeSpan.FromHours(1);
        Assert.That(await store.GetAsync("item:a"), Is.Null, "older than StaleSeconds: not even a stand-in");
    }

    [Test]
    public async Task A_fetch_that_started_before_an_invalidation_stores_a_stale_entry()
    {
        var store = new ContentStore(Options(), new LocalInvalidationBus(), TimeProvider.System, NullLogger<ContentStore>.Instance);
        var seenBeforeFetch = await store.EpochAsync();
        await store.InvalidateAsync(["item:a"], [], allStale: false, ContentChange.Of());

        // The slow fetch finishes after the webhook, with what Umbraco said before it.
        await store.PutAsync([new("item:a", Old)], seenBeforeFetch);
        var found = await store.GetAsync("item:a");
        Assert.That(found!.IsFresh, Is.False);
        Assert.That(found.Held.Entry.Payload, Is.EqualTo(Old), "still there as a stand-in");

        await store.PutAsync([new("item:a", "{}"u8.ToArray())], await store.EpochAsync());
        Assert.That((await store.GetAsync("item:a"))!.IsFresh, Is.True, "a fetch that started after the webhook is fresh");
    }

    [Test]
    public async Task An_unpublished_item_is_absent_at_once_and_a_late_fetch_does_not_bring_it_back()
    {
        var store = new ContentStore(Options(), new LocalInvalidationBus(), TimeProvider.System, NullLogger<ContentStore>.Instance);
        var seenBeforeFetch = await store.EpochAsync();
        await store.InvalidateAsync([], ["item:a"], allStale: false, ContentChange.Of());
        await store.PutAsync([new("item:a", Old)], seenBeforeFetch);
        var found = await store.GetAsync("item:a");
        Assert.That(found!.IsFresh, Is.True);
        Assert.That(found.Held.Entry.IsAbsent, Is.True);
    }

    [Test]
    public async Task A_head_that_missed_the_message_still_sees_the_invalidation_in_redis()
    {
        await using var redis = await TestRedis.SharedOrOwnAsync();
        await using var client = new RespClient(redis.Host, redis.Port, TimeSpan.FromSeconds(2));
        var prefix = TestRedis.UniquePrefix();
        var options = Options(redis: redis.Endpoint);
        await using var busA = new RedisInvalidationBus(client, prefix, TimeSpan.FromSeconds(1), NullLogger<RedisInvalidationBus>.Instance, NullLogger<RedisSubscriber>.Instance);
        var cache = new RedisDistributedCache(client, prefix, TimeProvider.System);
        var first = new ContentStore(options, busA, TimeProvider.System, NullLogger<ContentStore>.Instance, cache);

        // Head A starts a fetch, a webhook arrives, head A stores what it fetched before the webhook.
        var seenBeforeFetch = await first.EpochAsync();
        await first.InvalidateAsync(["item:a"], [], allStale: false, ContentChange.Of());
        await first.PutAsync([new("item:a", Old)], seenBeforeFetch);

        // Head B starts afterwards: it never heard the message, but the marker in Redis tells it the copy is stale.
        await using var busB = new RedisInvalidationBus(client, prefix, TimeSpan.FromSeconds(1), NullLogger<RedisInvalidationBus>.Instance, NullLogger<RedisSubscriber>.Instance);
        var second = new ContentStore(options, busB, TimeProvider.System, NullLogger<ContentStore>.Instance, cache);
        var found = await second.GetAsync("item:a");
        Assert.That(found, Is.Not.Null, "head B reads head A's copy from Redis");
        Assert.That(found!.IsFresh, Is.False);

        await second.PutAsync([new("item:a", "{}"u8.ToArray())], await second.EpochAsync());
        var third = new ContentStore(options, busB, TimeProvider.System, NullLogger<ContentStore>.Instance, cache);
        Assert.That((await third.GetAsync("item:a"))!.IsFresh, Is.True, "a fetch after the webhook is fresh for everyone");
    }
}
