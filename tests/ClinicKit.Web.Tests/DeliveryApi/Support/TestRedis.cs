using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ClinicKit.Web.Tests.DeliveryApi.Support;

/// <summary>A real redis-server for a test: the one <c>tests/run-all.sh</c> started (<c>CLINICKIT_TEST_REDIS=host:port</c>), or,
/// without it (plain <c>dotnet test</c>), one this class starts on a free loopback port and stops afterwards.</summary>
internal sealed class TestRedis : IAsyncDisposable
{
    public const string EnvironmentVariable = "CLINICKIT_TEST_REDIS";
    private const string ServerPath = "/usr/bin/redis-server";
    private Process? _process;

    private TestRedis(string host, int port, bool owned, string? password = null)
    {
        Host = host;
        Port = port;
        Owned = owned;
        Password = password;
    }

    /// <summary>The <c>requirepass</c> the server was started with (AUTH), or null.</summary>
    public string? Password { get; }

    public string Host { get; }

    public int Port { get; }

    /// <summary>Whether this test started the server (and may stop and restart it).</summary>
    public bool Owned { get; }

    public string Endpoint => $"{Host}:{Port}";

    /// <summary>What a head's <c>ClinicKit:DeliveryApi:Redis</c> says to reach this server (with its password).</summary>
    public string Configuration => Password is null ? Endpoint : $"{Endpoint},password={Password}";

    /// <summary>A key prefix no other test uses, so tests sharing one server never see each other's keys.</summary>
    public static string UniquePrefix() => $"test-{Guid.NewGuid():N}:";

    /// <summary>The run's shared server when there is one, else a server of this test's own.</summary>
    public static async Task<TestRedis> SharedOrOwnAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var colon = configured.LastIndexOf(':');
            return new TestRedis(configured[..colon], int.Parse(configured[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), owned: false);
        }

        return await OwnAsync();
    }

    /// <summary>A server only this test uses (for stopping and restarting it); with a password, one that requires AUTH.</summary>
    public static async Task<TestRedis> OwnAsync(string? password = null)
    {
        if (!File.Exists(ServerPath))
        {
            Assert.Fail($"{ServerPath} is missing: apt-get install -y redis-server (tests/run-all.sh does)");
        }

        for (var attempt = 0; ; attempt++)
        {
            var redis = new TestRedis("127.0.0.1", FreePort(), owned: true, password);
            try
            {
                await redis.StartAsync();
                return redis;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                // Another process took the port between choosing it and redis-server binding it: choose again.
                await redis.StopAsync();
            }
        }
    }

    public async Task StartAsync()
    {
        if (!Owned)
        {
            throw new InvalidOperationException("only a server the test started can be started again");
        }

        var start = new ProcessStartInfo(ServerPath)
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Password is not null)
        {
            start.ArgumentList.Add("--requirepass");
            start.ArgumentList.Add(Password);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start (port {Port} taken?)");
            }

            try
            {
                await using var client = await ConnectionMultiplexer.ConnectAsync(Configuration + ",connectTimeout=500");
                await client.GetDatabase().PingAsync();
                return;
            }
            catch (RedisException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server on port {Port} did not answer PING");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>A free port below Linux's ephemeral range (32768+), so no outgoing connection takes it before (or while)
    /// redis-server listens on it, including across a restart.</summary>
    private static int FreePort()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(20000, 32000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException) when (attempt < 50)
            {
            }
        }
    }

    /// <summary>Polls until the condition holds (at most 10 s): what another head hears over pub/sub arrives a moment later.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
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
