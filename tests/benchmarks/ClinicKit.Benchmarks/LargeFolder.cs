using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Benchmarks;

/// <summary>A uSync folder of the shipped package plus thousands of extra article files, made once in a temp folder.</summary>
internal static class LargeFolder
{
    public static string Create(string shipped, int extraArticles)
    {
        var root = Path.Combine(Path.GetTempPath(), $"clinickit-bench-{extraArticles}");
        if (Directory.Exists(root) && Directory.EnumerateFiles(Path.Combine(root, "Content")).Count() > extraArticles)
        {
            return root;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var source = UsyncFolderReader.Read(shipped);
        Directory.CreateDirectory(root);
        using var writer = UsyncFolderWriter.Open(root);
        writer.EnsureMarker();
        foreach (var item in source.Items)
        {
            writer.WriteBytes(item.Source!.File, UsyncSerializers.ToBytes(item));
        }

        var template = source.Content.First(n => n.ContentType == DocumentTypes.Article.Alias);
        var bytes = File.ReadAllBytes(source.PathOf(template));
        for (var i = 0; i < extraArticles; i++)
        {
            var (item, _) = UsyncFolderReader.ReadBytes(bytes, "Content/x.config", UsyncItemKind.Content);
            var node = (ContentNode)item!;
            node.Key = Guid.NewGuid();
            node.Name = node.Alias = $"Generated article {i}";
            node.Source = null;
            writer.Write(node);
        }

        writer.Commit();
        return root;
    }
}
