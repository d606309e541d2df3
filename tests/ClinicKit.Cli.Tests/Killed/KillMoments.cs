namespace ClinicKit.Cli.Tests.Killed;

/// <summary>When to kill a command: at a random moment of its whole run, or a few milliseconds after its first write
/// appears on disk, where the interesting states are. Each test makes <c>CLINICKIT_KILL_RUNS</c> runs (default 12), but
/// starts no new one after <c>CLINICKIT_KILL_SECONDS</c> (default 40) once it has made three, so a loaded machine keeps
/// CI time bounded. The random seed is printed; <c>CLINICKIT_KILL_SEED</c> repeats a sequence.</summary>
internal sealed class KillMoments
{
    private readonly Random _random;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public KillMoments()
    {
        Seed = int.TryParse(Environment.GetEnvironmentVariable("CLINICKIT_KILL_SEED"), out var seed) ? seed : Random.Shared.Next();
        _random = new Random(Seed);
        TestContext.Out.WriteLine($"CLINICKIT_KILL_SEED={Seed}");
    }

    public int Seed { get; }

    private static int Runs => Setting("CLINICKIT_KILL_RUNS", 12);

    private static TimeSpan Budget => TimeSpan.FromSeconds(Setting("CLINICKIT_KILL_SECONDS", 40));

    /// <summary>Whether to make run number <paramref name="done"/> (counting from 0).</summary>
    public bool Another(int done) => done < Runs && (done < Math.Min(3, Runs) || _clock.Elapsed < Budget);

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

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
