using System.Text.Json.Nodes;

namespace ClinicKit.Cli.Tests.Killed;

/// <summary>The real command killed with SIGKILL at random moments, many times: afterwards <c>validate</c> passes and
/// names every leftover, the folder is exactly as before or exactly as after, and running the command again finishes
/// cleanly with no leftovers. The outcome counts are printed, so a run shows which states it reached.</summary>
[NonParallelizable]
public sealed class KilledCommandTests
{
    private static readonly string[] NewSite =
    [
        "new-site", "--name", "Harbor Light Clinic", "--domain", "harborlight.test", "--city", "Seattle",
        "--phone", "(206) 555-0170", "--email", "hello@harborlight.test", "--booking-url", "https://booking.harborlight.test/",
        "--brand-color", "#234E70", "--articles", "all", "--cta-text", "Call {{clinic.name}} on {{clinic.phone}} to talk it through.",
    ];

    [Test]
    public async Task New_site_killed_at_any_moment_leaves_the_folder_before_or_after_and_the_rerun_finishes_it()
    {
        using var reference = new TempUsyncCopy(Paths.ShippedUsync);
        var before = FolderSnapshot.Of(reference.Root);
        var (exit, took) = await CliProcess.RunAsync([.. NewSite, "--folder", reference.Root]);
        Assert.That(exit, Is.Zero, "new-site runs to the end");
        var after = FolderSnapshot.Of(reference.Root);
        var moments = new KillMoments();
        var outcomes = new Outcomes();

        for (var run = 0; moments.Another(run); run++)
        {
            using var copy = new TempUsyncCopy(Paths.ShippedUsync);
            var moment = moments.For(run, took, copy.Root, IsLeftover, TimeSpan.FromMilliseconds(60));
            var killed = await CliProcess.RunAndKillAsync([.. NewSite, "--folder", copy.Root], moment);

            var leftovers = Leftovers(copy.Root);
            var validate = await CliRun.Run("validate", copy.Root, "--format", "json");
            var report = JsonNode.Parse(validate.Out)!;
            var named = report["diagnostics"]!.AsArray().Where(d => (string?)d!["code"] is "CK0020" or "CK0021").Select(d => (string)d!["file"]!).ToList();
            var committed = Without(FolderSnapshot.Of(copy.Root), leftovers);
            var state = leftovers.Contains(".clinickit-journal") ? "mid-commit" : committed.SequenceEqual(before) ? "before" : committed.SequenceEqual(after) ? "after" : "neither";
            outcomes.Add(killed, state, leftovers.Count);
            var rerun = await CliRun.Run([.. NewSite, "--folder", copy.Root]);

            Assert.Multiple(() =>
            {
                var at = $"run {run} (seed {moments.Seed}), {state}, leftovers [{string.Join(", ", leftovers)}]";
                Assert.That(validate.Exit, Is.Zero, $"{at}: validate finds no error\n{validate.Out}");
                Assert.That(named, Is.SupersetOf(leftovers.Where(l => l == ".clinickit-journal" || !leftovers.Contains(".clinickit-journal"))), $"{at}: validate names every leftover");
                Assert.That(report["items"]!.GetValue<int>(), Is.EqualTo(state == "before" ? before.Count(IsItem) : after.Count(IsItem)), $"{at}: validate reads the whole clinic or none of it");
                Assert.That(state, Is.Not.EqualTo("neither"), $"{at}: the folder is exactly as before or as after");
                Assert.That(rerun.Exit, Is.EqualTo(state == "before" ? 0 : 2), $"{at}: the rerun adds the clinic, or says it exists\n{rerun.Err}");
                Assert.That(FolderSnapshot.Of(copy.Root), Is.EqualTo(after), $"{at}: after the rerun the folder is exactly as after, with no leftovers");
            });
        }

        TestContext.Out.WriteLine($"{outcomes.Runs} runs: {outcomes}");
    }

    [Test]
    public async Task Export_killed_at_any_moment_leaves_the_previous_site_or_the_new_one_and_the_rerun_cleans_up()
    {
        using var work = new TempFolder();
        using var grown = new TempUsyncCopy(Paths.ShippedUsync);
        Assert.That((await CliRun.Run([.. NewSite, "--folder", grown.Root])).Exit, Is.Zero);
        var previous = Path.Combine(work.Root, "previous");
        var next = Path.Combine(work.Root, "next");
        Assert.That((await CliProcess.RunAsync(["export", "--folder", Paths.ShippedUsync, "--out", previous])).Exit, Is.Zero);
        var (exit, took) = await CliProcess.RunAsync(["export", "--folder", grown.Root, "--out", next]);
        Assert.That(exit, Is.Zero);
        var before = FolderSnapshot.Of(previous);
        var after = FolderSnapshot.Of(next);
        Assert.That(after.Keys, Has.Some.StartsWith("harborlight.test/"), "the new export differs from the previous one");
        var moments = new KillMoments();
        var outcomes = new Outcomes();

        for (var run = 0; moments.Another(run); run++)
        {
            var parent = Path.Combine(work.Root, $"run{run}");
            var output = Path.Combine(parent, "site");
            TempFolder.Copy(previous, output);
            var moment = moments.For(run, took, parent, name => name.EndsWith(".clinickit-export", StringComparison.Ordinal), TimeSpan.FromMilliseconds(20));
            var killed = await CliProcess.RunAndKillAsync(["export", "--folder", grown.Root, "--out", output], moment);

            var leftovers = Directory.GetDirectories(parent).Select(Path.GetFileName).Where(n => n != "site").ToList();
            var seen = FolderSnapshot.Of(output);
            var state = seen.SequenceEqual(before) ? "before" : seen.SequenceEqual(after) ? "after" : "neither";
            outcomes.Add(killed, state, leftovers.Count);
            var rerun = await CliRun.Run("export", "--folder", grown.Root, "--out", output);

            Assert.Multiple(() =>
            {
                var at = $"run {run} (seed {moments.Seed}), {state}, leftovers [{string.Join(", ", leftovers)}]";
                Assert.That(state, Is.Not.EqualTo("neither"), $"{at}: the output folder holds the whole previous site or the whole new one");
                Assert.That(rerun.Exit, Is.Zero, $"{at}: the rerun exports\n{rerun.Err}");
                Assert.That(Directory.GetDirectories(parent).Select(Path.GetFileName), Is.EqualTo(new[] { "site" }), $"{at}: the rerun removed the staging folders");
                Assert.That(FolderSnapshot.Of(output), Is.EqualTo(after), $"{at}: after the rerun the output is the new site");
            });
        }

        TestContext.Out.WriteLine($"{outcomes.Runs} runs: {outcomes}");
    }

    private static bool IsLeftover(string name) => name.Contains(".tmp-", StringComparison.Ordinal) || name.EndsWith(".clinickit-journal", StringComparison.Ordinal);

    private static bool IsItem(KeyValuePair<string, string> file) => file.Key.Contains('/') && file.Key.EndsWith(".config", StringComparison.Ordinal);

    private static List<string> Leftovers(string root) => FolderSnapshot.Of(root).Keys.Where(IsLeftover).ToList();

    private static SortedDictionary<string, string> Without(SortedDictionary<string, string> snapshot, List<string> leftovers) =>
        new(snapshot.Where(f => !leftovers.Contains(f.Key)).ToDictionary(), StringComparer.Ordinal);

    /// <summary>How the runs ended, for the test log: killed or finished, which state, and whether leftovers were found.</summary>
    private sealed class Outcomes
    {
        private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public int Runs => _counts.Values.Sum();

        public void Add(bool killed, string state, int leftovers)
        {
            var key = $"{(killed ? "killed" : "finished")}, {state}{(leftovers > 0 ? ", with leftovers" : "")}";
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }

        public override string ToString() => string.Join("; ", _counts.Select(c => $"{c.Value} {c.Key}"));
    }
}
