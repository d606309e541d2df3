using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ClinicKit.Web.Caching.Distributed;

/// <summary>A small Redis client: a pool of RESP2 connections, one command per connection at a time.</summary>
/// <remarks>
/// It exists because StackExchange.Redis (and so Microsoft.Extensions.Caching.StackExchangeRedis) cannot be restored from the
/// package registry this project builds against. It does only what ClinicKit needs: GET, SET with PX, DEL, PEXPIRE, INCR,
/// PUBLISH and PING (SUBSCRIBE is <see cref="RedisSubscriber"/>). A connection that fails or times out is thrown away, never
/// reused mid-reply; the next command opens a new one, so a restarted server is picked up without a restart of the head.
/// A command that fails on a reused connection with a broken socket (the server restarted since it was last used) is retried
/// once on a fresh connection.
/// </remarks>
public sealed class RespClient : IAsyncDisposable
{
    private readonly string _host;
    private readonly int _port;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentBag<RespConnection> _idle = [];
    private readonly SemaphoreSlim _slots;
    private volatile bool _disposed;

    public RespClient(string host, int port, TimeSpan commandTimeout, int maxConnections = 16)
    {
        _host = host;
        _port = port;
        _timeout = commandTimeout;
        _slots = new SemaphoreSlim(maxConnections, maxConnections);
    }

    public string Endpoint => $"{_host}:{_port}";

    public async Task<RespValue> ExecuteAsync(CancellationToken cancellationToken, params object[] args)
    {
        var encoded = args.Select(Encode).ToArray();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            if (!await _slots.WaitAsync(_timeout, cancellationToken))
            {
                throw new TimeoutException($"no Redis connection to {Endpoint} became free within {_timeout.TotalSeconds:0.#}s");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Redis at {Endpoint} did not answer within {_timeout.TotalSeconds:0.#}s");
        }

        try
        {
            for (var attempt = 0; ; attempt++)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                RespConnection? connection = null;
                var reused = _idle.TryTake(out connection);
                RespValue reply;
                try
                {
                    connection ??= await RespConnection.ConnectAsync(_host, _port, timeout.Token);
                    reply = await connection.ExecuteAsync(encoded, timeout.Token);
                }
                catch (Exception e)
                {
                    // Whatever broke, the connection may be half-way through a reply: it is never used again.
                    if (connection is not null)
                    {
                        await connection.DisposeAsync();
                    }

                    if (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                    {
                        throw new TimeoutException($"Redis at {Endpoint} did not answer within {_timeout.TotalSeconds:0.#}s", e);
                    }

                    if (reused && attempt == 0 && e is IOException or SocketException or RedisException)
                    {
                        continue;
                    }

                    throw e as RedisException ?? new RedisException($"Redis at {Endpoint}: {e.Message}", e);
                }

                connection.Used = true;
                _idle.Add(connection);
                return reply.IsError ? throw new RedisException($"Redis error: {reply.Text}") : reply;
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(cancellationToken, "GET", key)).Bulk;

    /// <summary>SET with an optional expiry in milliseconds (PX).</summary>
    public async Task SetAsync(string key, byte[] value, long? expiryMilliseconds = null, CancellationToken cancellationToken = default)
    {
        if (expiryMilliseconds is { } px)
        {
            await ExecuteAsync(cancellationToken, "SET", key, value, "PX", Math.Max(1, px));
        }
        else
        {
            await ExecuteAsync(cancellationToken, "SET", key, value);
        }
    }

    public async Task<long> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(cancellationToken, "DEL", key)).Integer;

    public async Task<bool> ExpireAsync(string key, long milliseconds, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(cancellationToken, "PEXPIRE", key, Math.Max(1, milliseconds))).Integer == 1;

    public async Task<long> IncrementAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(cancellationToken, "INCR", key)).Integer;

    public async Task<long> PublishAsync(string channel, byte[] message, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(cancellationToken, "PUBLISH", channel, message)).Integer;

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(cancellationToken, "PING")).Text == "PONG";

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            await connection.DisposeAsync();
        }
    }

    internal static ReadOnlyMemory<byte> Encode(object arg) => arg switch
    {
        byte[] bytes => bytes,
        ReadOnlyMemory<byte> memory => memory,
        string text => Encoding.UTF8.GetBytes(text),
        long number => Encoding.ASCII.GetBytes(number.ToString(CultureInfo.InvariantCulture)),
        int number => Encoding.ASCII.GetBytes(number.ToString(CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"cannot send a {arg.GetType().Name} to Redis", nameof(arg)),
    };
}
