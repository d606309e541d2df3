using System.Text;
using ClinicKit.Web.Sources.DeliveryApi;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>The stale-if-error layer over HybridCache: a webhook makes the fresh entry stale while the last good copy stays
/// to stand in, concurrent misses fetch once, and an unpublished item is absent at once.</summary>
public sealed class ContentCacheTests
{
    private const string Key = "item:a";
    private ServiceProvider _services = null!;
    private ContentCache _cache = null!;
    private int _fetches;

    [SetUp]
    public void Create()
    {
        var services = new ServiceCollection();
        services.AddHybridCache().AddSerializer<CachedEntry, CachedEntry.Serializer>();
        _services = services.BuildServiceProvider();
        _cache = new ContentCache(
            _services.GetRequiredService<HybridCache>(),
            Microsoft.Extensions.Options.Options.Create(new DeliveryApiOptions { FreshSeconds = 300, StaleSeconds = 3600 }),
            TimeProvider.System);
        _fetches = 0;
    }

    [TearDown]
    public void Dispose() => _services.Dispose();

    private Func<Task<IEnumerable<KeyValuePair<string, byte[]>>>> Answer(string json, int delayMs = 0) => async () =>
    {
        Interlocked.Increment(ref _fetches);
        await Task.Delay(delayMs);
        return [new(Key, Encoding.UTF8.GetBytes(json)), new("item:b", "{\"expanded\":true}"u8.ToArray())];
    };

    [Test]
    public async Task A_stale_entry_is_fetched_again_while_its_last_good_copy_stays()
    {
        Assert.That(Text(await _cache.GetOrFetchAsync(Key, Answer("{\"v\":1}"))), Is.EqualTo("{\"v\":1}"));
        Assert.That(Text(await _cache.GetOrFetchAsync(Key, Answer("{\"v\":2}"))), Is.EqualTo("{\"v\":1}"), "fresh: not asked again");
        Assert.That(await _cache.GetFreshAsync("item:b"), Is.Not.Null, "an item expanded in the same answer is stored too");

        await _cache.MarkStaleAsync([Key]);
        Assert.That(await _cache.GetFreshAsync(Key), Is.Null);
        Assert.That(Text((await _cache.GetLastGoodAsync(Key))!), Is.EqualTo("{\"v\":1}"), "the stand-in for a failing Umbraco");
        Assert.That(await _cache.GetFreshAsync("item:b"), Is.Not.Null, "only what the tag names is stale");

        Assert.That(Text(await _cache.GetOrFetchAsync(Key, Answer("{\"v\":2}"))), Is.EqualTo("{\"v\":2}"));
        Assert.That(_fetches, Is.EqualTo(2));
    }

    [Test]
    public async Task Requests_that_miss_at_the_same_moment_fetch_once()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _cache.GetOrFetchAsync(Key, Answer("{\"v\":1}", delayMs: 200))));
        Assert.That(answers.Select(Text).Distinct(), Is.EqualTo(new[] { "{\"v\":1}" }));
        Assert.That(_fetches, Is.EqualTo(1));
    }

    [Test]
    public async Task An_unpublished_item_is_absent_fresh_and_as_last_good()
    {
        await _cache.GetOrFetchAsync(Key, Answer("{\"v\":1}"));
        await _cache.PutAsync(Key, []);
        Assert.That((await _cache.GetFreshAsync(Key))!.IsAbsent, Is.True);
        Assert.That((await _cache.GetLastGoodAsync(Key))!.IsAbsent, Is.True, "Umbraco failing later does not bring it back");
    }

    private static string Text(CachedEntry entry) => Encoding.UTF8.GetString(entry.Payload);
}
