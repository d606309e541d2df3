using System.Buffers;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ClinicKit.Web.Caching.Distributed;

/// <summary>A reply in RESP2, Redis's wire protocol: a simple string, an error, an integer, a bulk string (binary-safe, may
/// be null) or an array of replies (may be null).</summary>
public sealed record RespValue(char Type, string? Text, long Integer, byte[]? Bulk, IReadOnlyList<RespValue>? Items)
{
    public bool IsError => Type == '-';

    public bool IsNull => (Type == '$' && Bulk is null) || (Type == '*' && Items is null);

    /// <summary>A bulk or simple string as text (UTF-8), else null.</summary>
    public string? AsText() => Type switch
    {
        '+' or '-' => Text,
        '$' => Bulk is null ? null : Encoding.UTF8.GetString(Bulk),
        ':' => Integer.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}

/// <summary>Redis answered with an error, or the connection broke mid-command.</summary>
public sealed class RedisException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>One TCP connection speaking RESP2: writes commands as arrays of bulk strings and reads replies.</summary>
/// <remarks>Not thread-safe: <see cref="RespClient"/> hands each connection to one command at a time.</remarks>
internal sealed class RespConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    private RespConnection(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    /// <summary>Whether a command ran on it before (a reused connection may have been closed by a server restart).</summary>
    public bool Used { get; set; }

    public static async Task<RespConnection> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            await tcp.ConnectAsync(host, port, cancellationToken);
            return new RespConnection(tcp);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    public async Task<RespValue> ExecuteAsync(IReadOnlyList<ReadOnlyMemory<byte>> args, CancellationToken cancellationToken)
    {
        await WriteAsync(args, cancellationToken);
        return await ReadAsync(cancellationToken);
    }

    /// <summary>Writes one command: <c>*N\r\n</c>, then <c>$len\r\nbytes\r\n</c> per argument, in one write.</summary>
    public async Task WriteAsync(IReadOnlyList<ReadOnlyMemory<byte>> args, CancellationToken cancellationToken)
    {
        var length = 16;
        foreach (var arg in args)
        {
            length += arg.Length + 16;
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var at = Header(rented, 0, '*', args.Count);
            foreach (var arg in args)
            {
                at = Header(rented, at, '$', arg.Length);
                arg.Span.CopyTo(rented.AsSpan(at));
                at += arg.Length;
                rented[at++] = (byte)'\r';
                rented[at++] = (byte)'\n';
            }

            await _stream.WriteAsync(rented.AsMemory(0, at), cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads one complete reply.</summary>
    public async Task<RespValue> ReadAsync(CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(cancellationToken);
        if (line.Length == 0)
        {
            throw new RedisException("Redis sent an empty reply line");
        }

        var type = (char)line[0];
        var rest = Encoding.UTF8.GetString(line, 1, line.Length - 1);
        switch (type)
        {
            case '+':
            case '-':
                return new RespValue(type, rest, 0, null, null);
            case ':':
                return new RespValue(type, null, ParseLong(rest), null, null);
            case '$':
                var length = ParseLong(rest);
                if (length < 0)
                {
                    return new RespValue(type, null, 0, null, null);
                }

                var bulk = await ReadExactAsync((int)length, cancellationToken);
                var end = await ReadExactAsync(2, cancellationToken);
                if (end[0] != '\r' || end[1] != '\n')
                {
                    throw new RedisException("Redis sent a bulk string without its closing CRLF");
                }

                return new RespValue(type, null, 0, bulk, null);
            case '*':
                var count = ParseLong(rest);
                if (count < 0)
                {
                    return new RespValue(type, null, 0, null, null);
                }

                var items = new RespValue[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = await ReadAsync(cancellationToken);
                }

                return new RespValue(type, null, 0, null, items);
            default:
                throw new RedisException($"Redis sent a reply of unknown type '{type}'");
        }
    }

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int Header(byte[] buffer, int at, char type, int number)
    {
        buffer[at++] = (byte)type;
        number.TryFormat(buffer.AsSpan(at), out var written, provider: CultureInfo.InvariantCulture);
        at += written;
        buffer[at++] = (byte)'\r';
        buffer[at++] = (byte)'\n';
        return at;
    }

    private static long ParseLong(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RedisException($"Redis sent '{text}' where a number belongs");

    private async Task<byte[]> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var cr = span.IndexOf((byte)'\r');
            if (cr >= 0 && cr + 1 < span.Length)
            {
                if (span[cr + 1] != '\n')
                {
                    throw new RedisException("Redis sent a line without CRLF");
                }

                var line = span[..cr].ToArray();
                _start += cr + 2;
                return line;
            }

            await FillAsync(cancellationToken);
        }
    }

    private async Task<byte[]> ReadExactAsync(int count, CancellationToken cancellationToken)
    {
        var result = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken);
            }

            var take = Math.Min(count - copied, _end - _start);
            Buffer.BlockCopy(_buffer, _start, result, copied, take);
            _start += take;
            copied += take;
        }

        return result;
    }

    /// <summary>Reads more bytes into the buffer, keeping any unread ones.</summary>
    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw new RedisException("a Redis reply line is longer than the read buffer");
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0)
        {
            throw new RedisException("Redis closed the connection");
        }

        _end += read;
    }
}
