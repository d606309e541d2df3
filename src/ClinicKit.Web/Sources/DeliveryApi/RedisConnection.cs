using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>The one StackExchange.Redis connection a head keeps to the Redis named by <c>ClinicKit:DeliveryApi:Redis</c>
/// (AUTH and TLS come from that configuration string), or none.</summary>
/// <remarks>A head starts and serves while Redis is down, and commands fail at once rather than queue (a queued read would
/// hold a page until the command timeout); the connection comes back by itself.</remarks>
internal sealed partial class RedisConnection : IDisposable
{
    private readonly Lazy<IConnectionMultiplexer?> _multiplexer;

    public RedisConnection(IOptions<DeliveryApiOptions> options, IOptions<ContentSourceSelection> selection, ILogger<RedisConnection> logger)
    {
        var value = options.Value;
        Prefix = value.RedisPrefix + (value.Preview ? "preview:" : "live:");
        _multiplexer = new Lazy<IConnectionMultiplexer?>(() =>
            selection.Value.Source == ContentSourceKind.DeliveryApi && !string.IsNullOrWhiteSpace(value.Redis) ? Connect(value.Redis, logger) : null);
    }

    /// <summary>Begins every key and channel: the configured prefix, then <c>live:</c> or <c>preview:</c>, so a preview head
    /// never reads what a live one cached.</summary>
    public string Prefix { get; }

    /// <summary>The connection, or null when no Redis is configured.</summary>
    public IConnectionMultiplexer? Multiplexer => _multiplexer.Value;

    /// <summary>Why a configuration string is not one, or null when it is.</summary>
    public static string? ParseError(string configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration).EndPoints.Count == 0 ? "it names no host" : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or RedisConnectionException)
        {
            return e.Message;
        }
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value?.Dispose();
        }
    }

    private static ConnectionMultiplexer Connect(string configuration, ILogger logger)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        var multiplexer = ConnectionMultiplexer.Connect(options);
        multiplexer.ConnectionFailed += (_, e) => LogFailed(logger, e.EndPoint?.ToString() ?? "?", e.ConnectionType.ToString(), e.FailureType.ToString(), e.Exception?.Message ?? "");
        multiplexer.ConnectionRestored += (_, e) => LogRestored(logger, e.EndPoint?.ToString() ?? "?", e.ConnectionType.ToString());
        if (!multiplexer.IsConnected)
        {
            LogFailed(logger, string.Join(", ", options.EndPoints), "all", "connect", multiplexer.GetStatus());
        }

        return multiplexer;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit cannot use Redis at {EndPoint} ({Connection}, {Failure}: {Detail}); this head serves from memory and Umbraco until Redis is back")]
    private static partial void LogFailed(ILogger logger, string endPoint, string connection, string failure, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "ClinicKit is using Redis at {EndPoint} again ({Connection})")]
    private static partial void LogRestored(ILogger logger, string endPoint, string connection);
}
