using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Content.Usync;

/// <summary>Writes items into a uSync folder the way uSync would, remembering what it changed so the whole batch can be undone.</summary>
/// <remarks>Each file is written to a temporary file and moved into place, so a crash never leaves half a file behind.</remarks>
public sealed class UsyncFolderWriter(string root)
{
    private readonly List<(string Path, byte[]? Previous)> _changes = [];

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The relative paths written or deleted so far, in order.</summary>
    public IEnumerable<string> Changed => _changes.Select(c => UsyncFolderReader.Relative(Root, c.Path));

    /// <summary>Writes the item in uSync's canonical form, to the file it was read from or to the name uSync would give it.</summary>
    /// <returns>The file's path relative to the folder.</returns>
    public string Write(UsyncItem item)
    {
        var relative = item.Source?.File ?? FreePathFor(item);
        WriteBytes(relative, UsyncSerializers.ToCanonicalBytes(item));
        item.Source ??= new SourceLocation(relative, 1);
        return relative;
    }

    /// <summary>Writes the <c>usync.config</c> marker when the folder has none.</summary>
    public void EnsureMarker()
    {
        if (!File.Exists(Path.Combine(Root, UsyncFolderReader.MarkerFile)))
        {
            WriteBytes(UsyncFolderReader.MarkerFile, UsyncMarker.Bytes());
        }
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var previous = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (previous is not null && previous.AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
        if (!_changes.Any(c => c.Path == path))
        {
            _changes.Add((path, previous));
        }
    }

    /// <summary>Removes a file, remembering it so <see cref="Rollback"/> can put it back.</summary>
    public void Delete(string relative)
    {
        var path = Path.Combine(Root, relative);
        if (!File.Exists(path))
        {
            return;
        }

        var previous = File.ReadAllBytes(path);
        File.Delete(path);
        if (!_changes.Any(c => c.Path == path))
        {
            _changes.Add((path, previous));
        }
    }

    /// <summary>Puts back every file this writer changed, and removes every file it created.</summary>
    public void Rollback()
    {
        foreach (var (path, previous) in Enumerable.Reverse(_changes))
        {
            if (previous is null)
            {
                File.Delete(path);
            }
            else
            {
                File.WriteAllBytes(path, previous);
            }
        }

        _changes.Clear();
    }

    /// <summary>uSync's name for a new item, or its clash name when a different item already holds that name.</summary>
    private string FreePathFor(UsyncItem item)
    {
        var relative = UsyncFileNames.PathOf(item);
        var existing = Path.Combine(Root, relative);
        if (!File.Exists(existing))
        {
            return relative;
        }

        var kind = UsyncFolderReader.KindOf(relative)!.Value;
        var (other, _) = UsyncFolderReader.ReadFile(existing, relative, kind);
        return other is null || other.Key == item.Key ? relative : UsyncFileNames.ClashPathOf(item);
    }
}
