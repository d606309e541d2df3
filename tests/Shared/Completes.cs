using NUnit.Framework;

namespace ClinicKit.Tests.Shared;

/// <summary>Runs work that used to hang (a backtracking regex, a quadratic parse) and fails the test instead of hanging the
/// suite. The limit is far above any plausible run: it tells "finishes" from "never finishes", it measures no speed
/// (the benchmarks do that).</summary>
public static class Completes
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static T Run<T>(Func<T> work)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.That(task.Wait(Limit), Is.True, $"did not finish within {Limit.TotalSeconds} s");
        return task.Result;
    }
}
