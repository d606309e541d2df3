using System.Net;
using System.Net.Sockets;
using System.Text;
using ClinicKit.Web.Caching.Distributed;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>ClinicKit's small RESP2 client and the <see cref="IDistributedCache"/> on it, against a real redis-server.</summary>
public sealed class RespClientTests
{
    private TestRedis _redis = null!;
    private RespClient _client = null!;
    private string _prefix = "";

    [OneTimeSetUp]
    public async Task StartAsync() => _redis = await TestRedis.SharedOrOwnAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _redis.DisposeAsync();

    [SetUp]
    public void NewClient()
    {
        _client = new RespClient(_redis.Host, _redis.Port, TimeSpan.FromSeconds(2));
        _prefix = TestRedis.UniquePrefix();
    }

    [TearDown]
    public async Task DisposeClient() => await _client.DisposeAsync();

    [Test]
    public async Task Set_then_get_returns_the_value_and_a_missing_key_is_null()
    {
        await _client.SetAsync(_prefix + "a", Encoding.UTF8.GetBytes("héllo"));
        Assert.That(Encoding.UTF8.GetString((await _client.GetAsync(_prefix + "a"))!), Is.EqualTo("héllo"));
        Assert.That(await _client.GetAsync(_prefix + "missing"), Is.Null);
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(256)]
    [TestCase(70_000)]
    [TestCase(2_000_000)]
    public async Task Values_are_binary_safe(int length)
    {
        // Every byte value, CR and LF and NUL included, in a value shorter and longer than the client's read buffer.
        var value = Enumerable.Range(0, length).Select(i => (byte)(i * 7 % 256)).ToArray();
        if (length >= 4)
        {
            "\r\n\0$"u8.CopyTo(value);
        }

        await _client.SetAsync(_prefix + "bin", value);
        Assert.That(await _client.GetAsync(_prefix + "bin"), Is.EqualTo(value));
    }

    [Test]
    public async Task Keys_may_hold_any_characters()
    {
        var key = _prefix + "item:0f\r\n $x ü";
        await _client.SetAsync(key, [1, 2, 3]);
        Assert.That(await _client.GetAsync(key), Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [Test]
    public async Task Px_sets_a_time_to_live_and_the_key_expires()
    {
        await _client.SetAsync(_prefix + "long", [1], expiryMilliseconds: 60_000);
        var ttl = (await _client.ExecuteAsync(CancellationToken.None, "PTTL", _prefix + "long")).Integer;
        Assert.That(ttl, Is.InRange(1, 60_000));

        await _client.SetAsync(_prefix + "short", [1], expiryMilliseconds: 50);
        Assert.That(await EventuallyAsync(async () => await _client.GetAsync(_prefix + "short") is null), Is.True, "the key should expire");
    }

    [Test]
    public async Task Pexpire_changes_the_time_to_live_and_delete_removes_the_key()
    {
        await _client.SetAsync(_prefix + "k", [1]);
        Assert.That((await _client.ExecuteAsync(CancellationToken.None, "PTTL", _prefix + "k")).Integer, Is.EqualTo(-1), "no expiry yet");
        Assert.That(await _client.ExpireAsync(_prefix + "k", 30_000), Is.True);
        Assert.That((await _client.ExecuteAsync(CancellationToken.None, "PTTL", _prefix + "k")).Integer, Is.InRange(1, 30_000));
        Assert.That(await _client.ExpireAsync(_prefix + "nothing", 30_000), Is.False);

        Assert.That(await _client.DeleteAsync(_prefix + "k"), Is.EqualTo(1));
        Assert.That(await _client.GetAsync(_prefix + "k"), Is.Null);
        Assert.That(await _client.DeleteAsync(_prefix + "k"), Is.EqualTo(0));
    }

    [Test]
    public async Task Incr_counts_and_a_redis_error_is_reported_with_its_message()
    {
        Assert.That(await _client.IncrementAsync(_prefix + "n"), Is.EqualTo(1));
        Assert.That(await _client.IncrementAsync(_prefix + "n"), Is.EqualTo(2));

        await _client.SetAsync(_prefix + "text", "abc"u8.ToArray());
        var error = Assert.ThrowsAsync<RedisException>(() => _client.IncrementAsync(_prefix + "text"));
        Assert.That(error!.Message, Does.Contain("not an integer"));

        // The connection that carried the error is still in step: the next command answers normally.
        Assert.That(await _client.PingAsync(), Is.True);
    }

    [Test]
    public async Task Many_concurrent_commands_each_get_their_own_reply()
    {
        var keys = Enumerable.Range(0, 300).Select(i => $"{_prefix}c{i}").ToList();
        await Task.WhenAll(keys.Select(k => _client.SetAsync(k, Encoding.UTF8.GetBytes(k + "=value"))));
        var values = await Task.WhenAll(keys.Select(k => _client.GetAsync(k)));
        Assert.That(values.Select(v => Encoding.UTF8.GetString(v!)), Is.EqualTo(keys.Select(k => k + "=value")));
    }

    [Test]
    public async Task A_dropped_connection_is_replaced_without_the_caller_noticing()
    {
        await _client.SetAsync(_prefix + "k", [42]);

        // Redis closes every normal connection but the one asking: the client's pooled connection is now dead.
        await using (var killer = new RespClient(_redis.Host, _redis.Port, TimeSpan.FromSeconds(2)))
        {
            var killed = await killer.ExecuteAsync(CancellationToken.None, "CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes");
            Assert.That(killed.Integer, Is.GreaterThanOrEqualTo(1));
        }

        Assert.That(await _client.GetAsync(_prefix + "k"), Is.EqualTo(new byte[] { 42 }));
    }

    [Test]
    public async Task After_the_server_restarts_commands_work_again()
    {
        await using var own = await TestRedis.OwnAsync();
        await using var client = new RespClient(own.Host, own.Port, TimeSpan.FromSeconds(1));
        await client.SetAsync("k", [1]);

        await own.StopAsync();
        Assert.That(async () => await client.GetAsync("k"), Throws.InstanceOf<RedisException>().Or.InstanceOf<TimeoutException>());

        await own.StartAsync();
        await client.SetAsync("k", [2]);
        Assert.That(await client.GetAsync("k"), Is.EqualTo(new byte[] { 2 }));
    }

    [Test]
    public async Task A_server_that_never_answers_gives_a_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = silent.AcceptTcpClientAsync();
        await using var client = new RespClient("127.0.0.1", ((IPEndPoint)silent.LocalEndpoint).Port, TimeSpan.FromMilliseconds(300));
        Assert.That(async () => await client.GetAsync("k"), Throws.InstanceOf<TimeoutException>());
        (await accepted).Dispose();
    }

    [Test]
    public async Task The_distributed_cache_round_trips_bytes_and_removes()
    {
        var cache = new RedisDistributedCache(_client, _prefix, TimeProvider.System);
        var value = new byte[] { 0, 13, 10, 255, 36 };
        await cache.SetAsync("v", value, new DistributedCacheEntryOptions());
        Assert.That(await cache.GetAsync("v"), Is.EqualTo(value));
        Assert.That(cache.Get("v"), Is.EqualTo(value), "the synchronous API too");

        await cache.RemoveAsync("v");
        Assert.That(await cache.GetAsync("v"), Is.Null);
    }

    [Test]
    public async Task Absolute_expiry_is_redis_ttl_and_sliding_expiry_is_renewed_on_read()
    {
        var cache = new RedisDistributedCache(_client, _prefix, TimeProvider.System);
        await cache.SetAsync("abs", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });
        Assert.That((await _client.ExecuteAsync(CancellationToken.None, "PTTL", _prefix + "abs")).Integer, Is.InRange(1, 600_000));

        await cache.SetAsync("sliding", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });
        await _client.ExpireAsync(_prefix + "sliding", 5_000);
        await cache.GetAsync("sliding");
        Assert.That((await _client.ExecuteAsync(CancellationToken.None, "PTTL", _prefix + "sliding")).Integer, Is.GreaterThan(5_000), "a read renews the sliding window");

        await _client.ExpireAsync(_prefix + "sliding", 5_000);
        await cache.RefreshAsync("sliding");
        Assert.That((await _client.ExecuteAsync(CancellationToken.None, "PTTL", _prefix + "sliding")).Integer, Is.GreaterThan(5_000), "so does a refresh");

        await cache.SetAsync("both", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(20) });
        await cache.GetAsync("both");
        Assert.That((await _client.ExecuteAsync(CancellationToken.None, "PTTL", _prefix + "both")).Integer, Is.InRange(1, 20_000), "never past the absolute expiry");

        Assert.That(() => cache.SetAsync("past", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddMinutes(-1) }),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public async Task A_subscriber_hears_messages_and_comes_back_after_a_restart_saying_it_may_have_missed_some()
    {
        await using var own = await TestRedis.OwnAsync();
        await using var publisher = new RespClient(own.Host, own.Port, TimeSpan.FromSeconds(1));
        await using var subscriber = new RedisSubscriber(own.Host, own.Port, "ch", TimeSpan.FromMilliseconds(200), NullLogger.Instance);
        var received = new List<string>();
        var resubscribed = 0;
        subscriber.Message += m => { lock (received) { received.Add(Encoding.UTF8.GetString(m)); } };
        subscriber.Resubscribed += () => Interlocked.Increment(ref resubscribed);
        subscriber.Start();
        await subscriber.Subscribed.WaitAsync(TimeSpan.FromSeconds(10));

        await publisher.PublishAsync("ch", "one"u8.ToArray());
        Assert.That(await EventuallyAsync(() => Task.FromResult(Count(received, "one") == 1)), Is.True);
        Assert.That(Volatile.Read(ref resubscribed), Is.EqualTo(0));

        await own.StopAsync();
        await own.StartAsync();
        Assert.That(await EventuallyAsync(() => Task.FromResult(Volatile.Read(ref resubscribed) >= 1)), Is.True, "the subscriber should re-subscribe and say so");

        await publisher.PublishAsync("ch", "two"u8.ToArray());
        Assert.That(await EventuallyAsync(() => Task.FromResult(Count(received, "two") == 1)), Is.True, "messages after the restart arrive");
    }

    private static int Count(List<string> received, string message)
    {
        lock (received)
        {
            return received.Count(r => r == message);
        }
    }

    /// <summary>Polls until the condition holds (at most ten seconds): waits for something to happen, measures nothing.</summary>
    internal static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
