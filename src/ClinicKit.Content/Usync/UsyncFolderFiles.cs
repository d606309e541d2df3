using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Journal;

namespace ClinicKit.Content.Usync;

/// <summary>The files of a uSync folder as a reader should see them: a change whose journal is complete counts as made
/// (even while its files are still being moved into place, or after the writer was killed), staged copies and journals
/// are never read as content but reported, and changes a writer has staged but not committed can be laid over the top.</summary>
internal sealed class UsyncFolderFiles
{
    private readonly Dictionary<string, Func<byte[]>> _files = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _leftovers = [];

    private UsyncFolderFiles()
    {
    }

    /// <summary>Relative paths (forward slashes) of every <c>.config</c> file, the marker included.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>A warning for each staged copy or journal an interrupted ClinicKit command left.</summary>
    public IReadOnlyList<Diagnostic> Leftovers => _leftovers;

    public bool Exists(string relative) => _files.ContainsKey(relative);

    /// <exception cref="IOException">The file cannot be read.</exception>
    public byte[] Read(string relative) => _files[relative]();

    public static UsyncFolderFiles Of(string root, IReadOnlyDictionary<string, byte[]?>? staged)
    {
        var files = new UsyncFolderFiles();
        var journal = UsyncJournal.Pending(root);
        var entries = journal?.Entries ?? [];
        var journalTemps = entries.Where(e => e.Temp is not null).Select(e => e.Temp!).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = UsyncFolderReader.Relative(root, file);
            var name = Path.GetFileName(file);
            if (Journal.Leftovers.IsTemp(name))
            {
                if (!journalTemps.Contains(relative))
                {
                    files._leftovers.Add(Diagnostic.For(DiagnosticCodes.LeftoverTemp, new SourceLocation(relative), null,
                        "a temporary file left by a clinickit command that was stopped before it finished; it is not read, and the next clinickit command that writes to this folder removes it"));
                }
            }
            else if (name.EndsWith(UsyncFileNames.Extension, StringComparison.Ordinal))
            {
                files._files[relative] = () => File.ReadAllBytes(file);
            }
        }

        foreach (var entry in entries)
        {
            var target = Path.Combine(root, entry.Target);
            if (entry.Temp is null)
            {
                files._files.Remove(entry.Target);
            }
            else
            {
                var temp = Path.Combine(root, entry.Temp);
                files._files[entry.Target] = () => ReadEither(temp, target);
            }
        }

        if (journal is not null)
        {
            files._leftovers.Add(Diagnostic.For(DiagnosticCodes.UnfinishedChange, new SourceLocation(Journal.Leftovers.JournalFile), null, journal.Entries is null
                ? "a journal that is not one clinickit wrote whole; it is ignored, and the next clinickit command that writes to this folder removes it"
                : $"a clinickit command was stopped while it changed {entries.Count} file(s); they are read as changed, and the next clinickit command that writes to this folder finishes moving them into place"));
        }

        foreach (var (relative, bytes) in staged ?? new Dictionary<string, byte[]?>())
        {
            if (bytes is null)
            {
                files._files.Remove(relative);
            }
            else
            {
                files._files[relative] = () => bytes;
            }
        }

        return files;
    }

    /// <summary>The staged copy, or the target once a writer has moved the copy into place meanwhile.</summary>
    private static byte[] ReadEither(string temp, string target)
    {
        try
        {
            return File.ReadAllBytes(temp);
        }
        catch (FileNotFoundException)
        {
            return File.ReadAllBytes(target);
        }
    }
}
