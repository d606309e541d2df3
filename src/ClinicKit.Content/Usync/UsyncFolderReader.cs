using System.Collections.Concurrent;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Content.Usync;

/// <summary>Loads every file of a uSync folder. A file that cannot be read becomes a diagnostic; the others still load.</summary>
public static class UsyncFolderReader
{
    public const string MarkerFile = "usync.config";

    public static UsyncFolder Read(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            return new UsyncFolder(root, [], [Diagnostic.For(DiagnosticCodes.FolderMissing, null, null, $"the folder '{folder}' does not exist")]);
        }

        var diagnostics = new ConcurrentBag<Diagnostic>();
        var items = new ConcurrentBag<UsyncItem>();
        var files = Directory.EnumerateFiles(root, "*.config", SearchOption.AllDirectories)
            .Where(f => !string.Equals(Path.GetFileName(f), MarkerFile, StringComparison.OrdinalIgnoreCase) || Path.GetDirectoryName(f) != root)
            .ToList();

        Parallel.ForEach(files, file =>
        {
            var relative = Relative(root, file);
            var folderKind = KindOf(relative);
            if (folderKind is null)
            {
                diagnostics.Add(Diagnostic.For(DiagnosticCodes.UnknownFolder, new SourceLocation(relative), null,
                    $"uSync does not read files from '{Path.GetDirectoryName(relative)}'; it is skipped"));
                return;
            }

            var (item, diagnostic) = ReadFile(file, relative, folderKind.Value);
            if (item is not null)
            {
                items.Add(item);
            }

            if (diagnostic is not null)
            {
                diagnostics.Add(diagnostic);
            }
        });

        CheckMarker(root, diagnostics);
        if (files.Count == 0)
        {
            diagnostics.Add(Diagnostic.For(DiagnosticCodes.FolderEmpty, null, null, $"the folder '{folder}' holds no uSync item files"));
        }

        return new UsyncFolder(
            root,
            items.OrderBy(i => i.Kind).ThenBy(i => i.Source!.File, StringComparer.Ordinal).ToList(),
            diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ToList());
    }

    /// <summary>Reads one file; <paramref name="relative"/> names it in diagnostics.</summary>
    public static (UsyncItem? Item, Diagnostic? Problem) ReadFile(string path, string relative, UsyncItemKind folderKind)
    {
        byte[] bytes;
        try
        {
            // Checked before reading, so a huge file is never loaded into memory.
            var length = new FileInfo(path).Length;
            if (length > UsyncXml.MaxBytes)
            {
                return (null, Diagnostic.For(DiagnosticCodes.XmlTooLarge, new SourceLocation(relative), null, UsyncXml.TooLarge(length)));
            }

            bytes = File.ReadAllBytes(path);
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

    private static void CheckMarker(string root, ConcurrentBag<Diagnostic> diagnostics)
    {
        var marker = Path.Combine(root, MarkerFile);
        var at = new SourceLocation(MarkerFile);
        if (!File.Exists(marker))
        {
            diagnostics.Add(Diagnostic.For(DiagnosticCodes.MarkerMissing, at, null, "usync.config is missing; uSync writes it beside the item folders"));
            return;
        }

        var parsed = UsyncXml.Parse(File.ReadAllBytes(marker));
        var format = parsed.Root?.Attribute("format")?.Value;
        if (parsed.Root?.Name.LocalName != "uSync" || format != UsyncMarker.FormatVersion)
        {
            diagnostics.Add(Diagnostic.For(DiagnosticCodes.MarkerMissing, at, null,
                $"usync.config says format '{format ?? "(none)"}'; uSync v17 writes format {UsyncMarker.FormatVersion}"));
        }
    }
}
