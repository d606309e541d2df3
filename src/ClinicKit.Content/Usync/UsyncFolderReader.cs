using System.Collections.Concurrent;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Content.Usync;

/// <summary>Loads every file of a uSync folder. A file that cannot be read becomes a diagnostic; the others still load.</summary>
public static class UsyncFolderReader
{
    public const string MarkerFile = "usync.config";

    public static UsyncFolder Read(string folder) => Read(folder, null);

    /// <summary>Reads the folder as it will be once <paramref name="staged"/> is committed: relative path to new bytes,
    /// or to null for a file to delete.</summary>
    /// <remarks>Staged copies and journals an interrupted ClinicKit command left are reported (CK0020, CK0021), never read
    /// as content; a change whose journal is complete is read as made.</remarks>
    public static UsyncFolder Read(string folder, IReadOnlyDictionary<string, byte[]?>? staged)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            return new UsyncFolder(root, [], [Diagnostic.For(DiagnosticCodes.FolderMissing, null, null, $"the folder '{folder}' does not exist")]);
        }

        var view = UsyncFolderFiles.Of(root, staged);
        var diagnostics = new ConcurrentBag<Diagnostic>(view.Leftovers);
        var items = new ConcurrentBag<UsyncItem>();
        var files = view.Paths.Where(f => !string.Equals(f, MarkerFile, StringComparison.OrdinalIgnoreCase)).ToList();

        Parallel.ForEach(files, relative =>
        {
            var folderKind = KindOf(relative);
            if (folderKind is null)
            {
                diagnostics.Add(Diagnostic.For(DiagnosticCodes.UnknownFolder, new SourceLocation(relative), null,
                    $"uSync does not read files from '{Path.GetDirectoryName(relative)}'; it is skipped"));
                return;
            }

            var (item, diagnostic) = ReadFile(view, relative, folderKind.Value);
            if (item is not null)
            {
                items.Add(item);
            }

            if (diagnostic is not null)
            {
                diagnostics.Add(diagnostic);
            }
        });

        CheckMarker(view, diagnostics);
        if (files.Count == 0)
        {
            diagnostics.Add(Diagnostic.For(DiagnosticCodes.FolderEmpty, null, null, $"the folder '{folder}' holds no uSync item files"));
        }

        return new UsyncFolder(
            root,
            items.OrderBy(i => i.Kind).ThenBy(i => i.Source!.File, StringComparer.Ordinal).ToList(),
            diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ToList());
    }

    private static (UsyncItem? Item, Diagnostic? Problem) ReadFile(UsyncFolderFiles view, string relative, UsyncItemKind folderKind)
    {
        byte[] bytes;
        try
        {
            bytes = view.Read(relative);
        }
        catch (IOException e)
        {
            return (null, Diagnostic.For(DiagnosticCodes.MalformedXml, new SourceLocation(relative), null, $"the file cannot be read: {e.Message}"));
        }

        return ReadBytes(bytes, relative, folderKind);
    }

    public static (UsyncItem? Item, Diagnostic? Problem) ReadBytes(byte[] bytes, string relative, UsyncItemKind folderKind)
    {
        var parsed = UsyncXml.Parse(bytes);
        if (!parsed.Succeeded)
        {
            var code = parsed.OverLimit ? DiagnosticCodes.XmlTooLarge : parsed.Error switch
            {
                UsyncXml.NotUtf8 => DiagnosticCodes.NotUtf8,
                UsyncXml.Empty => DiagnosticCodes.EmptyFile,
                _ => DiagnosticCodes.MalformedXml,
            };
            return (null, Diagnostic.For(code, new SourceLocation(relative, parsed.ErrorLine), null, parsed.Error!));
        }

        try
        {
            var item = UsyncSerializers.Read(parsed.Root!, folderKind);
            item.Source = new SourceLocation(relative, 1);
            item.Trivia = parsed.Trivia;
            return (item, null);
        }
        catch (UsyncFormatException e)
        {
            return (null, Diagnostic.For(DiagnosticCodes.UnexpectedShape, new SourceLocation(relative, e.Line), null, e.Message));
        }
    }

    /// <summary>The kind of item a file's folder holds: the first folder under the root (uSync's flat layout).</summary>
    public static UsyncItemKind? KindOf(string relative)
    {
        var slash = relative.IndexOf('/');
        return slash < 0 ? null : UsyncItemKinds.KindOfFolder(relative[..slash]);
    }

    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static void CheckMarker(UsyncFolderFiles view, ConcurrentBag<Diagnostic> diagnostics)
    {
        var at = new SourceLocation(MarkerFile);
        if (!view.Exists(MarkerFile))
        {
            diagnostics.Add(Diagnostic.For(DiagnosticCodes.MarkerMissing, at, null, "usync.config is missing; uSync writes it beside the item folders"));
            return;
        }

        var parsed = UsyncXml.Parse(view.Read(MarkerFile));
        var format = parsed.Root?.Attribute("format")?.Value;
        if (parsed.Root?.Name.LocalName != "uSync" || format != UsyncMarker.FormatVersion)
        {
            diagnostics.Add(Diagnostic.For(DiagnosticCodes.MarkerMissing, at, null,
                $"usync.config says format '{format ?? "(none)"}'; uSync v17 writes format {UsyncMarker.FormatVersion}"));
        }
    }
}
