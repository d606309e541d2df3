namespace ClinicKit.Cli.Tests.Killed;

/// <summary>When to kill a command: at a random moment of its whole run, or a few milliseconds after its first write
/// appears on disk, where the interesting states are. How many runs each test makes is <c>CLINICKIT_KILL_RUNS</c>
/// (default 12); the random seed is printed, and <c>CLINICKIT_KILL_SEED</c> repeats a run.</summary>
internal sealed class KillMoments
{
    private readonly Random _random;

    public KillMoments()
    {
        Seed = int.TryParse(Environment.GetEnvironmentVariable("CLINICKIT_KILL_SEED"), out var seed) ? seed : Random.Shared.Next();
        _random = new Random(Seed);
        TestContext.Out.WriteLine($"CLINICKIT_KILL_SEED={Seed}");
    }

    public static int Runs => int.TryParse(Environment.GetEnvironmentVariable("CLINICKIT_KILL_RUNS"), out var runs) && runs > 0 ? runs : 12;

    public int Seed { get; }

    /// <summary>Even runs: anywhere in a run as long as <paramref name="whole"/>. Odd runs: up to
    /// <paramref name="window"/> after a file whose name passes <paramref name="isWrite"/> appears under <paramref name="watched"/>.</summary>
    public Func<Task> For(int run, TimeSpan whole, string watched, Func<string, bool> isWrite, TimeSpan window)
    {
        if (run % 2 == 0)
        {
            var delay = whole * _random.NextDouble();
            return () => Task.Delay(delay);
        }

        var after = window * _random.NextDouble();
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new FileSystemWatcher(watched) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName };
        watcher.Created += (_, e) =>
        {
            if (isWrite(e.Name ?? ""))
            {
                seen.TrySetResult();
            }
        };
        watcher.EnableRaisingEvents = true;
        return async () =>
        {
            try
            {
                await seen.Task.WaitAsync(whole * 3);
                Thread.Sleep(after);
            }
            catch (TimeoutException)
            {
                // The command finished without the write being seen; the kill comes too late and the run counts as "after".
            }
            finally
            {
                watcher.Dispose();
            }
        };
    }
}
