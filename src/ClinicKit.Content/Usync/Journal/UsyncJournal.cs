using System.Globalization;
using System.Text;

namespace ClinicKit.Content.Usync.Journal;

/// <summary>A point in applying a change, where a test can stop the write as a crash would.</summary>
public enum JournalStep
{
    /// <summary>Before writing the staged copy of the n-th file.</summary>
    StageFile,

    /// <summary>Before writing the journal.</summary>
    WriteJournal,

    /// <summary>Before the journal is renamed into place: up to here the change never happened.</summary>
    PublishJournal,

    /// <summary>Before moving the n-th file into place (or deleting it): from here on the change has happened.</summary>
    ApplyFile,

    /// <summary>Before removing the journal of a change that is fully applied.</summary>
    RemoveJournal,
}

/// <summary>One file of a change: the target, relative to the folder, and its staged copy (null when the change deletes it).</summary>
public sealed record JournalEntry(string Target, string? Temp);

/// <summary>A journal found in a folder; <see cref="Entries"/> is null when it is not one ClinicKit wrote whole, and is ignored.</summary>
public sealed record PendingJournal(IReadOnlyList<JournalEntry>? Entries);

/// <summary>What an interrupted earlier write left: the files this run finished moving into place, and the staged
/// copies it removed because their change never started.</summary>
public sealed record RecoveryReport(IReadOnlyList<string> Finished, IReadOnlyList<string> Removed)
{
    public static RecoveryReport None { get; } = new([], []);

    public bool Any => Finished.Count > 0 || Removed.Count > 0;
}

/// <summary>The write-ahead journal that makes a change to several files of a uSync folder all or nothing, even if the
/// process is killed at any instruction.</summary>
/// <remarks>
/// A change is applied in three steps. (1) Every new file is written to a staged copy beside its target and flushed to
/// disk. (2) The journal, listing each staged copy and its target and each file to delete, is written under a temporary
/// name, flushed, and renamed to <see cref="Leftovers.JournalFile"/>: a rename is atomic, so a journal that exists is
/// always complete. (3) The staged copies are renamed over their targets, the deletions made, and the journal removed.
/// Killed before the journal's rename, the change never happened: recovery removes the staged copies (roll back).
/// Killed after it, the change has happened: readers apply the journal when they read (see <see cref="UsyncFolderReader"/>)
/// and recovery finishes the renames (roll forward), which are safe to repeat. Recovery runs when the next writer opens
/// the folder, under <see cref="FolderLock"/>.
/// </remarks>
public static class UsyncJournal
{
    private const string Header = "clinickit-journal 1";
    private const string Put = "put";
    private const string Remove = "delete";
    private const string End = "end";

    /// <summary>The journal of a change being applied in <paramref name="root"/>, or null when there is none.</summary>
    public static PendingJournal? Pending(string root)
    {
        try
        {
            return new PendingJournal(Parse(File.ReadAllText(Path.Combine(root, Leftovers.JournalFile), Encoding.UTF8)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    internal static void Commit(string root, IReadOnlyList<(string Relative, byte[]? Bytes)> changes, Action<JournalStep, int>? before)
    {
        var entries = new List<JournalEntry>(changes.Count);
        for (var i = 0; i < changes.Count; i++)
        {
            var (relative, bytes) = changes[i];
            if (bytes is null)
            {
                entries.Add(new JournalEntry(relative, null));
                continue;
            }

            before?.Invoke(JournalStep.StageFile, i);
            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temp = Leftovers.TempFor(target);
            Durable.WriteFile(temp, bytes);
            entries.Add(new JournalEntry(relative, UsyncFolderReader.Relative(root, temp)));
        }

        SyncDirectories(root, entries);
        before?.Invoke(JournalStep.WriteJournal, 0);
        var journal = Path.Combine(root, Leftovers.JournalFile);
        var staged = Leftovers.TempFor(journal);
        Durable.WriteFile(staged, Encoding.UTF8.GetBytes(Format(entries)));
        before?.Invoke(JournalStep.PublishJournal, 0);
        File.Move(staged, journal);
        Durable.SyncDirectory(root);
        Apply(root, entries, before);
    }

    /// <summary>Finishes a change an earlier write was killed in the middle of, or removes what it staged if its journal
    /// was never complete, then removes every staged copy left in the folder. The caller holds <see cref="FolderLock"/>.</summary>
    public static RecoveryReport Recover(string root) => Recover(root, null);

    /// <param name="before">Called ahead of each step of finishing a change, so a test can stop recovery itself there.</param>
    internal static RecoveryReport Recover(string root, Action<JournalStep, int>? before)
    {
        if (!Directory.Exists(root))
        {
            return RecoveryReport.None;
        }

        var finished = new List<string>();
        var removed = new List<string>();
        switch (Pending(root))
        {
            case { Entries: { } entries }:
                Apply(root, entries, before);
                finished.AddRange(entries.Select(e => e.Target));
                break;
            case { Entries: null }:
                // Not a journal this version wrote whole (it is renamed into place complete), so nothing was applied from it.
                File.Delete(Path.Combine(root, Leftovers.JournalFile));
                removed.Add(Leftovers.JournalFile);
                break;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => Leftovers.IsTemp(Path.GetFileName(f))).ToList())
        {
            File.Delete(file);
            removed.Add(UsyncFolderReader.Relative(root, file));
        }

        return finished.Count == 0 && removed.Count == 0 ? RecoveryReport.None : new RecoveryReport(finished, removed.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Moves every staged copy into place and makes every deletion, then removes the journal. Safe to repeat
    /// after a kill at any point: a staged copy already moved is simply no longer there.</summary>
    private static void Apply(string root, IReadOnlyList<JournalEntry> entries, Action<JournalStep, int>? before)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            before?.Invoke(JournalStep.ApplyFile, i);
            var target = Path.Combine(root, entries[i].Target);
            if (entries[i].Temp is { } temp)
            {
                var staged = Path.Combine(root, temp);
                if (File.Exists(staged))
                {
                    File.Move(staged, target, overwrite: true);
                }
            }
            else
            {
                File.Delete(target);
            }
        }

        SyncDirectories(root, entries);
        before?.Invoke(JournalStep.RemoveJournal, 0);
        File.Delete(Path.Combine(root, Leftovers.JournalFile));
        Durable.SyncDirectory(root);
    }

    private static void SyncDirectories(string root, IEnumerable<JournalEntry> entries)
    {
        foreach (var directory in entries.Select(e => Path.GetDirectoryName(Path.Combine(root, e.Target))!).Distinct(StringComparer.Ordinal))
        {
            Durable.SyncDirectory(directory);
        }
    }

    private static string Format(IReadOnlyList<JournalEntry> entries)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var entry in entries)
        {
            text.Append(entry.Temp is null ? $"{Remove}\t{entry.Target}\n" : $"{Put}\t{entry.Target}\t{entry.Temp}\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"{End}\t{entries.Count}\n").ToString();
    }

    /// <summary>The entries, or null unless the text is a whole journal: the header, entries whose paths stay inside the
    /// folder, and the end line with their count.</summary>
    private static List<JournalEntry>? Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 3 || lines[0] != Header || lines[^1].Length != 0)
        {
            return null;
        }

        var entries = new List<JournalEntry>();
        foreach (var line in lines[1..^2])
        {
            var fields = line.Split('\t');
            JournalEntry? entry = fields switch
            {
                [Put, var target, var temp] when Inside(target) && Inside(temp) && Leftovers.IsTemp(Path.GetFileName(temp)) => new JournalEntry(target, temp),
                [Remove, var target] when Inside(target) => new JournalEntry(target, null),
                _ => null,
            };
            if (entry is null)
            {
                return null;
            }

            entries.Add(entry);
        }

        return lines[^2] == $"{End}\t{entries.Count.ToString(CultureInfo.InvariantCulture)}" ? entries : null;
    }

    /// <summary>A journal names files inside its folder only, so a tampered one cannot move files elsewhere.</summary>
    private static bool Inside(string relative) =>
        relative.Length > 0 && !Path.IsPathRooted(relative) && !relative.Split('/').Any(part => part is "" or "." or "..");
}
