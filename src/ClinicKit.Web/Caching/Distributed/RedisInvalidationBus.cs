using System.Globalization;
using ClinicKit.Web.Sources.DeliveryApi;

namespace ClinicKit.Web.Caching.Distributed;

/// <summary>Invalidations shared through Redis: the epoch is a Redis counter (INCR), and messages go to every head over
/// pub/sub. While Redis is unreachable the head counts on by itself and nobody hears it; when its subscription comes back
/// it treats everything it holds as unchecked (see <see cref="ContentStore"/>).</summary>
internal sealed partial class RedisInvalidationBus : IInvalidationBus, IAsyncDisposable
{
    private readonly RespClient _client;
    private readonly RedisSubscriber _subscriber;
    private readonly ILogger<RedisInvalidationBus> _logger;
    private readonly string _epochKey;
    private readonly string _channel;
    private long _lastKnown;
    private int _failing;
    private long _skipUntil;

    public RedisInvalidationBus(RespClient client, string prefix, TimeSpan pingInterval, ILogger<RedisInvalidationBus> logger, ILogger<RedisSubscriber> subscriberLogger)
    {
        _client = client;
        _logger = logger;
        _epochKey = prefix + "epoch";
        _channel = prefix + "invalidations";
        var endpoint = client.Endpoint;
        var colon = endpoint.LastIndexOf(':');
        _subscriber = new RedisSubscriber(endpoint[..colon], int.Parse(endpoint[(colon + 1)..], CultureInfo.InvariantCulture), _channel, pingInterval, subscriberLogger);
        _subscriber.Message += OnMessage;
        _subscriber.Resubscribed += () => MayHaveMissed?.Invoke();
    }

    public event Action<InvalidationMessage>? Received;

    public event Action? MayHaveMissed;

    public Guid Self { get; } = Guid.NewGuid();

    public bool IsShared => true;

    /// <summary>Completes when the subscription is first in place.</summary>
    public Task Subscribed => _subscriber.Subscribed;

    public void Start() => _subscriber.Start();

    public async ValueTask<long> CurrentEpochAsync()
    {
        if (Skipping)
        {
            return Interlocked.Read(ref _lastKnown);
        }

        try
        {
            var text = (await _client.GetAsync(_epochKey)) is { } bytes ? System.Text.Encoding.ASCII.GetString(bytes) : "0";
            return Known(long.Parse(text, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is RedisException or TimeoutException or FormatException or ObjectDisposedException)
        {
            Failed(e);
            return Interlocked.Read(ref _lastKnown);
        }
    }

    public async ValueTask<long> NextEpochAsync()
    {
        if (Skipping)
        {
            return Interlocked.Increment(ref _lastKnown);
        }

        try
        {
            return Known(await _client.IncrementAsync(_epochKey));
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            Failed(e);
            return Interlocked.Increment(ref _lastKnown);
        }
    }

    public async ValueTask PublishAsync(InvalidationMessage message)
    {
        if (Skipping)
        {
            return;
        }

        try
        {
            await _client.PublishAsync(_channel, message.ToBytes());
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            Failed(e);
        }
    }

    public ValueTask DisposeAsync() => _subscriber.DisposeAsync();

    private void OnMessage(byte[] payload)
    {
        if (InvalidationMessage.FromBytes(payload) is { } message && message.Origin != Self)
        {
            Known(message.Epoch);
            Received?.Invoke(message);
        }
    }

    private long Known(long epoch)
    {
        long current;
        while ((current = Interlocked.Read(ref _lastKnown)) < epoch && Interlocked.CompareExchange(ref _lastKnown, epoch, current) != current)
        {
        }

        Interlocked.Exchange(ref _failing, 0);
        return epoch;
    }

    /// <summary>A few seconds without Redis after a failure: a hanging server costs one timeout, not one per fetch.</summary>
    private bool Skipping => Environment.TickCount64 < Interlocked.Read(ref _skipUntil);

    private void Failed(Exception e)
    {
        Interlocked.Exchange(ref _skipUntil, Environment.TickCount64 + 5000);
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            LogFailed(e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit cannot reach Redis for invalidations ({Reason}); other heads will not hear of content changes until it is back")]
    private partial void LogFailed(string reason);
}
