using ClinicKit.Content.Authoring;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Journal;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Content.Tests.Usync;

/// <summary>A change to several files, stopped at each step of its commit as a kill -9 (or a failing disk) would stop it:
/// readers must see the folder as before or as after, and the next writer must leave exactly one of the two on disk.</summary>
public sealed class JournalRecoveryTests
{
    private const string Edited = "Content/berman-et-al.2000.config";
    private const string Added = "Content/journal-test-citation.config";
    private const string Deleted = "Content/nimh-science-news-2016.config";
    private const string EditedToo = "Content/rush-et-al.2006.config";

    /// <summary>Thrown by the seam to end the commit where it stands: nothing after it runs, as after SIGKILL.</summary>
    private sealed class SimulatedKill : Exception;

    // Staged files are numbered by their place in the change (0 edit, 1 add, 2 delete, 3 edit); the delete stages nothing.
    [TestCase(JournalStep.StageFile, 0, false)]
    [TestCase(JournalStep.StageFile, 1, false)]
    [TestCase(JournalStep.StageFile, 3, false)]
    [TestCase(JournalStep.WriteJournal, 0, false)]
    [TestCase(JournalStep.PublishJournal, 0, false)]
    [TestCase(JournalStep.ApplyFile, 0, true)]
    [TestCase(JournalStep.ApplyFile, 1, true)]
    [TestCase(JournalStep.ApplyFile, 2, true)]
    [TestCase(JournalStep.ApplyFile, 3, true)]
    [TestCase(JournalStep.RemoveJournal, 0, true)]
    public void Killed_at_a_step_the_folder_reads_as_before_or_after_and_the_next_writer_leaves_exactly_that(JournalStep step, int index, bool happened)
    {
        using var expected = new TempUsyncCopy(Paths.ShippedUsync);
        var before = FolderSnapshot.Of(expected.Root);
        Change(expected.Root, null);
        var after = FolderSnapshot.Of(expected.Root);
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);

        Assert.Throws<SimulatedKill>(() => Change(copy.Root, (s, i) =>
        {
            if (s == step && i == index)
            {
                throw new SimulatedKill();
            }
        }));
        var read = UsyncFolderReader.Read(copy.Root);
        var leftovers = read.ReadDiagnostics.Where(d => d.Code is "CK0020" or "CK0021").Select(d => $"{d.Code} {d.File}").ToList();
        using (var next = UsyncFolderWriter.Open(copy.Root))
        {
            Assert.That(next.Recovered.Any, Is.EqualTo(leftovers.Count > 0), "the next writer mends exactly what the reader reported");
        }

        var state = happened ? after : before;
        Assert.Multiple(() =>
        {
            Assert.That(AsRead(read), Is.EqualTo(ItemFiles(state)), "what a reader (validate, the head) sees right after the kill");
            Assert.That(leftovers, happened ? Does.Contain("CK0021 .clinickit-journal") : Has.None.StartsWith("CK0021"));
            Assert.That(FolderSnapshot.Of(copy.Root), Is.EqualTo(state), "the folder once the next writer has opened it");
        });
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Recovery_killed_while_it_finishes_a_change_finishes_it_on_the_run_after(int index)
    {
        using var expected = new TempUsyncCopy(Paths.ShippedUsync);
        Change(expected.Root, null);
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        Assert.Throws<SimulatedKill>(() => Change(copy.Root, (s, i) => KillAt(s, i, JournalStep.ApplyFile, 1)));

        Assert.Throws<SimulatedKill>(() => UsyncJournal.Recover(copy.Root, (s, i) => KillAt(s, i, JournalStep.ApplyFile, index)));
        UsyncFolderWriter.Open(copy.Root).Dispose();

        Assert.That(FolderSnapshot.Of(copy.Root), Is.EqualTo(FolderSnapshot.Of(expected.Root)));
    }

    [TestCase(JournalStep.StageFile, 1, false)]
    [TestCase(JournalStep.PublishJournal, 0, false)]
    [TestCase(JournalStep.ApplyFile, 2, true)]
    public void A_disk_error_during_the_commit_is_reported_and_leaves_before_or_after_with_no_leftovers(JournalStep step, int index, bool happened)
    {
        using var expected = new TempUsyncCopy(Paths.ShippedUsync);
        var before = FolderSnapshot.Of(expected.Root);
        Change(expected.Root, null);
        var after = FolderSnapshot.Of(expected.Root);
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);

        var error = Assert.Throws<IOException>(() => Change(copy.Root, (s, i) =>
        {
            if (s == step && i == index)
            {
                throw new IOException("No space left on device");
            }
        }));

        Assert.That(error!.Message, Is.EqualTo("No space left on device"));
        Assert.That(FolderSnapshot.Of(copy.Root), Is.EqualTo(happened ? after : before));
    }

    [Test]
    public void A_journal_that_was_not_written_whole_is_ignored_and_removed_with_its_staged_copies()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var before = FolderSnapshot.Of(copy.Root);
        copy.WriteBytes(Edited + ".tmp-0123abcd", "not content"u8.ToArray());
        copy.WriteBytes(".clinickit-journal", System.Text.Encoding.UTF8.GetBytes($"clinickit-journal 1\nput\t{Edited}\t{Edited}.tmp-0123abcd\n"));

        var read = UsyncFolderReader.Read(copy.Root);
        RecoveryReport recovered;
        using (var next = UsyncFolderWriter.Open(copy.Root))
        {
            recovered = next.Recovered;
        }

        Assert.Multiple(() =>
        {
            Assert.That(read.ReadDiagnostics.Select(d => $"{d.Code} {d.File}"), Is.SupersetOf(new[] { "CK0021 .clinickit-journal", $"CK0020 {Edited}.tmp-0123abcd" }));
            Assert.That(AsRead(read), Is.EqualTo(ItemFiles(before)), "nothing is read from a journal cut short");
            Assert.That(recovered.Finished, Is.Empty);
            Assert.That(recovered.Removed, Is.EquivalentTo(new[] { ".clinickit-journal", $"{Edited}.tmp-0123abcd" }));
            Assert.That(FolderSnapshot.Of(copy.Root), Is.EqualTo(before));
        });
    }

    [TestCase("../outside-{0}.config")]
    [TestCase("{1}/outside-{0}.config")]
    [TestCase("Content/../../outside-{0}.config")]
    public void A_journal_naming_a_file_outside_the_folder_is_not_applied(string pattern)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var target = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Guid.NewGuid().ToString("N"), Path.GetTempPath().TrimEnd('/'));
        copy.WriteBytes(Edited + ".tmp-0123abcd", File.ReadAllBytes(copy.PathOf(Edited)));
        copy.WriteBytes(".clinickit-journal", System.Text.Encoding.UTF8.GetBytes($"clinickit-journal 1\nput\t{target}\t{Edited}.tmp-0123abcd\nend\t1\n"));

        UsyncFolderWriter.Open(copy.Root).Dispose();

        Assert.That(File.Exists(Path.GetFullPath(Path.Combine(copy.Root, target))), Is.False);
        Assert.That(FolderSnapshot.Of(copy.Root).Keys, Has.None.Contains(".tmp-").And.None.EqualTo(".clinickit-journal"));
    }

    [Test]
    public void A_leftover_temporary_file_is_reported_by_name_and_never_read_as_content()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        const string leftover = Edited + ".tmp-9f8e7d6c";
        File.Copy(copy.PathOf(Edited), copy.PathOf(leftover));

        var read = UsyncFolderReader.Read(copy.Root);
        var diagnostic = read.ReadDiagnostics.Single(d => d.Code == "CK0020");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.File, Is.EqualTo(leftover));
            Assert.That(diagnostic.Severity, Is.EqualTo(Diagnostics.Severity.Warning));
            Assert.That(diagnostic.Message, Does.Contain("not read").And.Contain("next clinickit command that writes"));
            Assert.That(read.Items.Count(i => i.Source!.File == Edited), Is.EqualTo(1));
            Assert.That(read.Items.Select(i => i.Source!.File), Has.None.EqualTo(leftover));
        });
    }

    /// <summary>The change under test: two files edited, one added, one deleted, staged in that order and committed.</summary>
    private static void Change(string root, Action<JournalStep, int>? before)
    {
        var folder = UsyncFolderReader.Read(root);
        using var writer = before is null ? UsyncFolderWriter.Open(root) : UsyncFolderWriter.Open(root, before);
        writer.Write(Node(folder, Edited).Set(Props.Title, "Edited by the journal test"));
        var library = folder.Content.Single(n => n.ContentType == DocumentTypes.CitationLibrary.Alias);
        Assert.That(writer.Write(ContentNodes.Create(new Guid("5a1e0000-0000-4000-8000-00000000000a"), "Journal test citation", DocumentTypes.Citation.Alias, library, 99, true, new DateTime(2026, 11, 22))
            .Set(Props.Title, "A citation the journal test adds")), Is.EqualTo(Added));
        writer.Delete(Deleted);
        writer.Write(Node(folder, EditedToo).Set(Props.Title, "Also edited by the journal test"));
        writer.Commit();
    }

    private static void KillAt(JournalStep step, int index, JournalStep at, int atIndex)
    {
        if (step == at && index == atIndex)
        {
            throw new SimulatedKill();
        }
    }

    private static Content.Usync.Items.ContentNode Node(UsyncFolder folder, string file) => folder.Content.Single(n => n.Source!.File == file);

    /// <summary>Each item as the reader built it, serialized back (byte for byte what its file holds), by file.</summary>
    private static SortedDictionary<string, string> AsRead(UsyncFolder folder) => new(
        folder.Items.ToDictionary(i => i.Source!.File, i => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(UsyncSerializers.ToBytes(i)))),
        StringComparer.Ordinal);

    private static SortedDictionary<string, string> ItemFiles(SortedDictionary<string, string> snapshot) => new(
        snapshot.Where(f => f.Key.Contains('/') && f.Key.EndsWith(".config", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value),
        StringComparer.Ordinal);
}
