using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Web.Tests.Support;

/// <summary>A throw-away copy of the shipped uSync folder that a test can edit through ClinicKit.Content's own writer.</summary>
public sealed class UsyncCopy : IDisposable
{
    private UsyncCopy(string root) => Root = root;

    public string Root { get; }

    public static UsyncCopy OfShipped()
    {
        var root = Path.Combine(Path.GetTempPath(), "clinickit-web-tests", Guid.NewGuid().ToString("N")[..12]);
        foreach (var file in Directory.EnumerateFiles(Paths.ShippedUsync, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(Paths.ShippedUsync, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new UsyncCopy(root);
    }

    public ContentLibrary Library => ShippedContent.Read(Root);

    /// <summary>Reads the node with this key, lets the test change it, and writes it back the way uSync would.</summary>
    public void Edit(Guid key, Action<ContentNode> edit)
    {
        var node = UsyncFolderReader.Read(Root).ContentByKey(key) ?? throw new ArgumentException($"no content node {key}");
        edit(node);
        using var writer = UsyncFolderWriter.Open(Root);
        writer.Write(node);
        writer.Commit();
    }

    /// <summary>Reads the one item the test picks (a domain, say), lets the test change it, and writes it back.</summary>
    public string EditItem<T>(Func<T, bool> pick, Action<T> edit) where T : UsyncItem
    {
        var item = UsyncFolderReader.Read(Root).Items.OfType<T>().Single(pick);
        edit(item);
        using var writer = UsyncFolderWriter.Open(Root);
        var relative = writer.Write(item);
        writer.Commit();
        return relative;
    }

    /// <summary>Adds a published reviewer to the people library with every property the reviewer type defines, as uSync
    /// exports a node, and returns their key.</summary>
    public Guid AddReviewer(string name, string credentials, string role = "", string bio = "", string profileUrl = "", bool isDemo = false, string photo = "")
    {
        var reviewer = ClinicKit.Tests.Shared.ReviewerNodes.Create(UsyncFolderReader.Read(Root), name, credentials, role, bio, profileUrl, isDemo, photo);
        using var writer = UsyncFolderWriter.Open(Root);
        writer.Write(reviewer);
        writer.Commit();
        return reviewer.Key;
    }

    /// <summary>The file that holds a content node, relative to the folder.</summary>
    public string FileOf(Guid key) => Path.Combine(Root, UsyncFolderReader.Read(Root).ContentByKey(key)!.Source!.File);

    /// <summary>The file that holds a content node, relative to the folder (forward slashes, as diagnostics name it).</summary>
    public string RelativeFileOf(Guid key) => UsyncFolderReader.Read(Root).ContentByKey(key)!.Source!.File;

    public static void Set(ContentNode node, string alias, string value)
    {
        var property = node.Property(alias);
        if (property is null)
        {
            property = new PropertyValue { Alias = alias };
            node.Properties.Add(property);
        }

        property.Values = [new StoredValue(null, null, value)];
    }

    /// <summary>Edits a block list property (an article body or a CTA) as JSON, one block at a time.</summary>
    public static void EditBlocks(ContentNode node, string alias, Func<JsonObject, bool> edit)
    {
        var value = JsonNode.Parse(node.Value(alias)!)!.AsObject();
        var changed = value["contentData"]!.AsArray().Select(b => b!.AsObject()).Count(edit);
        if (changed == 0)
        {
            throw new ArgumentException($"no block of {alias} was edited");
        }

        Set(node, alias, value.ToJsonString(BlockValueJson.WriteOptions));
    }

    /// <summary>Sets one property of a block (in its <c>values</c> array).</summary>
    public static void SetBlockValue(JsonObject block, string alias, JsonNode? value)
    {
        var entry = block["values"]!.AsArray().Select(v => v!.AsObject()).FirstOrDefault(v => (string?)v["alias"] == alias);
        if (entry is null)
        {
            block["values"]!.AsArray().Add(new JsonObject { ["alias"] = alias, ["culture"] = null, ["editorAlias"] = null, ["segment"] = null, ["value"] = value });
        }
        else
        {
            entry["value"] = value;
        }
    }

    /// <summary>Edits a block list property as a whole JSON object (to break its shape rather than one block).</summary>
    public static void EditBlockValue(ContentNode node, string alias, Action<JsonObject> edit)
    {
        var value = JsonNode.Parse(node.Value(alias)!)!.AsObject();
        edit(value);
        Set(node, alias, value.ToJsonString(BlockValueJson.WriteOptions));
    }

    public static bool IsBlockOf(JsonObject block, Guid elementTypeKey) => (string?)block["contentTypeKey"] == elementTypeKey.ToString();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A head still watching the folder on another thread: the temp folder is cleaned up by the OS later.
        }
    }
}
