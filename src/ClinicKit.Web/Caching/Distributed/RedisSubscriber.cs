using System.Text;

namespace ClinicKit.Web.Caching.Distributed;

/// <summary>A Redis SUBSCRIBE on its own connection, kept alive with PING and re-established when it breaks.</summary>
/// <remarks>Pub/sub is fire-and-forget: a message published while this connection is down is lost. So when the subscription
/// comes back after any failure, <see cref="Resubscribed"/> tells the owner it may have missed messages (ClinicKit then treats
/// everything it holds in memory as stale).</remarks>
public sealed partial class RedisSubscriber(string host, int port, string channel, TimeSpan pingInterval, ILogger logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstSubscription = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loop;

    /// <summary>A message on the channel (its payload).</summary>
    public event Action<byte[]>? Message;

    /// <summary>The subscription is back after a failure: messages sent meanwhile were missed.</summary>
    public event Action? Resubscribed;

    /// <summary>Completes when the first subscription is in place.</summary>
    public Task Subscribed => _firstSubscription.Task;

    public void Start() => _loop ??= Task.Run(() => RunAsync(_stop.Token));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
            }
        }

        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            RespConnection? connection = null;
            try
            {
                using (var connect = CancellationTokenSource.CreateLinkedTokenSource(stopping))
                {
                    connect.CancelAfter(pingInterval * 3);
                    connection = await RespConnection.ConnectAsync(host, port, connect.Token);
                    await connection.WriteAsync([Encoding.UTF8.GetBytes("SUBSCRIBE"), Encoding.UTF8.GetBytes(channel)], connect.Token);
                    var confirmation = await connection.ReadAsync(connect.Token);
                    if (confirmation.Items is not [{ } kind, ..] || kind.AsText() != "subscribe")
                    {
                        throw new RedisException("Redis did not confirm the subscription");
                    }
                }

                if (failures > 0)
                {
                    LogResubscribed(channel, failures);
                    Resubscribed?.Invoke();
                }

                failures = 0;
                _firstSubscription.TrySetResult();
                await ListenAsync(connection, stopping);
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                failures++;
                if (failures == 1)
                {
                    LogLost(channel, $"{host}:{port}", e.Message);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 50 * Math.Pow(2, Math.Min(failures, 6)))), stopping)
                    .ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }
            }
        }
    }

    /// <summary>Reads messages until the connection breaks or goes quiet for three ping intervals.</summary>
    private async Task ListenAsync(RespConnection connection, CancellationToken stopping)
    {
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var pinger = PingAsync(connection, listening.Token);
        try
        {
            while (true)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(listening.Token);
                quiet.CancelAfter(pingInterval * 3);
                RespValue reply;
                try
                {
                    reply = await connection.ReadAsync(quiet.Token);
                }
                catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                {
                    throw new RedisException("the subscription went quiet (no reply to PING)");
                }

                if (reply.Items is [{ } kind, _, { Bulk: { } payload }] && kind.AsText() == "message")
                {
                    try
                    {
                        Message?.Invoke(payload);
                    }
                    catch (Exception e)
                    {
                        LogHandlerFailed(e);
                    }
                }
            }
        }
        finally
        {
            await listening.CancelAsync();
            await pinger.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task PingAsync(RespConnection connection, CancellationToken cancellationToken)
    {
        var ping = new ReadOnlyMemory<byte>[] { Encoding.UTF8.GetBytes("PING") };
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(pingInterval, cancellationToken);
            await connection.WriteAsync(ping, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit lost its Redis subscription to {Channel} at {Endpoint} ({Reason}); retrying")]
    private partial void LogLost(string channel, string endpoint, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "ClinicKit re-subscribed to {Channel} after {Failures} failed attempt(s); cached content is treated as stale because invalidations may have been missed")]
    private partial void LogResubscribed(string channel, int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "ClinicKit could not apply a content invalidation received from Redis")]
    private partial void LogHandlerFailed(Exception e);
}
