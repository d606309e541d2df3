using System.Text.Json;
using StackExchange.Redis;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>What one webhook made stale, sent to every head that shares the Redis.</summary>
/// <param name="Origin">The head that sent it (a head ignores its own messages: it applied them already).</param>
/// <param name="Stale">Tags of fresh entries to fetch again (their last good copies stay, to stand in while Umbraco fails).</param>
/// <param name="Absent">Entries that are now "not there" (unpublished or deleted items).</param>
/// <param name="Everything">Drop every rendered page.</param>
/// <param name="Changed">Drop the rendered pages that show these content keys.</param>
internal sealed record InvalidationMessage(Guid Origin, IReadOnlyList<string> Stale, IReadOnlyList<string> Absent, bool Everything, IReadOnlyList<Guid> Changed)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ContentChange Change => Everything ? ContentChange.All : ContentChange.Of([.. Changed]);

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static InvalidationMessage? FromBytes(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<InvalidationMessage>(bytes, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Tells the other heads what a webhook invalidated (Redis pub/sub), and hears what theirs did. HybridCache keeps
/// each head's memory level to itself, so without this a head would serve what another head's webhook made stale.</summary>
internal sealed partial class InvalidationChannel
{
    private readonly RedisConnection _redis;
    private readonly ILogger<InvalidationChannel> _logger;
    private readonly RedisChannel _channel;
    private int _started;
    private int _subscribed;

    public InvalidationChannel(RedisConnection redis, ILogger<InvalidationChannel> logger)
    {
        _redis = redis;
        _logger = logger;
        _channel = RedisChannel.Literal(redis.Prefix + "invalidations");
    }

    /// <summary>Raised for messages from other heads.</summary>
    public event Action<InvalidationMessage>? Received;

    /// <summary>Raised when the subscription came back after a break: messages sent meanwhile were lost.</summary>
    public event Action? MayHaveMissed;

    public Guid Self { get; } = Guid.NewGuid();

    /// <summary>Subscribes (once); false when there is no Redis.</summary>
    public async Task<bool> StartAsync()
    {
        if (_redis.Multiplexer is not { } multiplexer || Interlocked.Exchange(ref _started, 1) == 1)
        {
            return _redis.Multiplexer is not null;
        }

        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                MayHaveMissed?.Invoke();
                if (Volatile.Read(ref _subscribed) == 0)
                {
                    _ = SubscribeAsync(multiplexer);
                }
            }
        };
        await SubscribeAsync(multiplexer);
        return true;
    }

    private async Task SubscribeAsync(IConnectionMultiplexer multiplexer)
    {
        try
        {
            await multiplexer.GetSubscriber().SubscribeAsync(_channel, (_, value) =>
            {
                if (InvalidationMessage.FromBytes((byte[])value!) is { } received && received.Origin != Self)
                {
                    Received?.Invoke(received);
                }
            });
            Volatile.Write(ref _subscribed, 1);
        }
        catch (RedisException e)
        {
            // Tried again when the connection comes back.
            LogNotSubscribed(e.Message);
        }
    }

    public async Task PublishAsync(InvalidationMessage message)
    {
        if (_redis.Multiplexer is not { } multiplexer)
        {
            return;
        }

        try
        {
            await multiplexer.GetSubscriber().PublishAsync(_channel, message.ToBytes());
        }
        catch (RedisException e)
        {
            LogNotPublished(e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit could not subscribe to other heads' invalidations in Redis yet ({Reason})")]
    private partial void LogNotSubscribed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit could not tell the other heads about a webhook through Redis ({Reason}); they refresh when their copies expire")]
    private partial void LogNotPublished(string reason);
}
