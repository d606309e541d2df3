using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Journal;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Content.Usync;

/// <summary>Changes a uSync folder the way uSync would write it, all or nothing: items are staged in memory, can be
/// validated as the folder would read with them (<see cref="Preview"/>), and land together in <see cref="Commit"/>.</summary>
/// <remarks>Opening a writer takes the folder's <see cref="FolderLock"/> and first recovers from a ClinicKit command that
/// was killed while writing here (see <see cref="UsyncJournal"/>); the lock is held until the writer is disposed.</remarks>
public sealed class UsyncFolderWriter : IDisposable
{
    /// <summary>Marks "stage nothing for this path" (the file already holds these bytes, or a delete of a missing file).</summary>
    private static readonly byte[] Unchanged = [];

    private readonly FolderLock _lock;
    private readonly Action<JournalStep, int>? _before;
    private readonly Dictionary<string, byte[]?> _staged = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private bool _committed;

    private UsyncFolderWriter(string root, Action<JournalStep, int>? before)
    {
        Root = Path.GetFullPath(root);
        _before = before;
        _lock = FolderLock.Acquire(Root);
        try
        {
            Recovered = UsyncJournal.Recover(Root);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    public string Root { get; }

    /// <summary>What an interrupted earlier command left here, finished or removed when this writer opened.</summary>
    public RecoveryReport Recovered { get; }

    /// <summary>The relative paths this change writes or deletes, in the order they were staged.</summary>
    public IEnumerable<string> Changed => _order;

    public static UsyncFolderWriter Open(string root) => new(root, null);

    /// <summary>A writer that calls <paramref name="before"/> ahead of each step of its commit, so a test can stop it there.</summary>
    internal static UsyncFolderWriter Open(string root, Action<JournalStep, int> before) => new(root, before);

    /// <summary>Stages the item in uSync's canonical form, for the file it was read from or the name uSync would give it.</summary>
    /// <returns>The file's path relative to the folder.</returns>
    public string Write(UsyncItem item)
    {
        var relative = item.Source?.File ?? FreePathFor(item);
        WriteBytes(relative, UsyncSerializers.ToCanonicalBytes(item));
        item.Source ??= new SourceLocation(relative, 1);
        return relative;
    }

    /// <summary>Stages the <c>usync.config</c> marker when the folder has none.</summary>
    public void EnsureMarker()
    {
        if (Current(UsyncFolderReader.MarkerFile) is null)
        {
            WriteBytes(UsyncFolderReader.MarkerFile, UsyncMarker.Bytes());
        }
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        var onDisk = OnDisk(relative);
        Stage(relative, onDisk is not null && onDisk.AsSpan().SequenceEqual(bytes) ? Unchanged : bytes);
    }

    public void Delete(string relative) => Stage(relative, OnDisk(relative) is null ? Unchanged : null);

    /// <summary>The folder as it reads once this change is committed.</summary>
    public UsyncFolder Preview() => UsyncFolderReader.Read(Root, _staged);

    /// <summary>Makes every staged change at once; killed at any point, the folder reads as before or as after.</summary>
    public void Commit()
    {
        ThrowIfCommitted();
        _committed = true;
        if (_order.Count == 0)
        {
            return;
        }

        try
        {
            UsyncJournal.Commit(Root, _order.Select(r => (r, _staged[r])).ToList(), _before);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left as it is, the folder already reads as before or after; recovering now also removes the staged copies
            // rather than leaving them for the next writer.
            TryRecover();
            throw;
        }
    }

    public void Dispose() => _lock.Dispose();

    private void Stage(string relative, byte[]? bytes)
    {
        ThrowIfCommitted();
        relative = relative.Replace('\\', '/');
        if (ReferenceEquals(bytes, Unchanged))
        {
            if (_staged.Remove(relative))
            {
                _order.Remove(relative);
            }

            return;
        }

        if (!_staged.ContainsKey(relative))
        {
            _order.Add(relative);
        }

        _staged[relative] = bytes;
    }

    private void ThrowIfCommitted()
    {
        if (_committed)
        {
            throw new InvalidOperationException("this change was already committed; open a new writer for the next one");
        }
    }

    private void TryRecover()
    {
        try
        {
            UsyncJournal.Recover(Root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next writer recovers; the first failure is the one to report.
        }
    }

    private byte[]? OnDisk(string relative)
    {
        var path = Path.Combine(Root, relative);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    /// <summary>The bytes a file will hold once this change is committed, or null when it will not exist.</summary>
    private byte[]? Current(string relative) => _staged.TryGetValue(relative, out var staged) ? staged : OnDisk(relative);

    /// <summary>uSync's name for a new item, or its clash name when a different item already holds that name.</summary>
    private string FreePathFor(UsyncItem item)
    {
        var relative = UsyncFileNames.PathOf(item);
        if (Current(relative) is not { } existing)
        {
            return relative;
        }

        var kind = UsyncFolderReader.KindOf(relative)!.Value;
        var (other, _) = UsyncFolderReader.ReadBytes(existing, relative, kind);
        return other is null || other.Key == item.Key ? relative : UsyncFileNames.ClashPathOf(item);
    }
}
