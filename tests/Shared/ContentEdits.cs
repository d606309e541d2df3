using System.Text.Json.Nodes;
using ClinicKit.Content.Authoring;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Tests.Shared;

/// <summary>Builds the content a test needs out of a copy of a uSync folder by changing typed items, read and written by
/// ClinicKit's own reader and writer (the way Umbraco-CMS's tests build content with fluent builders): a test says which
/// property of which node it changes, not which characters of a file.</summary>
public static class ContentEdits
{
    /// <summary>Reads the content node stored in <paramref name="relative"/>, lets the test change it, and writes it back.</summary>
    public static void EditContent(this TempUsyncCopy copy, string relative, Action<ContentNode> edit)
    {
        var node = UsyncFolderReader.Read(copy.Root).Content.Single(n => n.Source!.File == relative);
        edit(node);
        UsyncWrites.Item(copy.Root, node);
    }

    /// <summary>Reads the one item the test picks (a domain, a data type), lets the test change it, and writes it back.</summary>
    public static void EditItem<T>(this TempUsyncCopy copy, Func<T, bool> pick, Action<T> edit) where T : UsyncItem
    {
        var item = UsyncFolderReader.Read(copy.Root).Items.OfType<T>().Single(pick);
        edit(item);
        UsyncWrites.Item(copy.Root, item);
    }

    /// <summary>Reads the item stored in <paramref name="relative"/> (a content type, a data type, a domain), lets the test
    /// change it, and writes it back.</summary>
    public static void EditItemIn<T>(this TempUsyncCopy copy, string relative, Action<T> edit) where T : UsyncItem =>
        copy.EditItem<T>(i => i.Source!.File == relative, edit);

    /// <summary>Changes a data type's configuration as JSON, as the backoffice's data type editor would.</summary>
    public static void SetConfig(this DataType dataType, Action<JsonObject> edit)
    {
        var config = dataType.ParseConfig() ?? throw new ArgumentException($"{dataType.Name}'s configuration is not a JSON object");
        edit(config);
        dataType.Config = config.ToJsonString(BlockValueJson.WriteOptions);
    }

    /// <summary>Sets the value <paramref name="alias"/> of one block in the block list <paramref name="property"/>: the first
    /// block whose current value of that alias <paramref name="pick"/> accepts (any block with the alias when none is given).
    /// Fails when no block matches, so a case cannot silently change nothing.</summary>
    public static ContentNode SetInBlock(this ContentNode node, string property, string alias, JsonNode? value, Func<string, bool>? pick = null)
    {
        var body = JsonNode.Parse(node.Value(property) ?? throw new ArgumentException($"{node.Name} has no {property}"))!.AsObject();
        var target = body["contentData"]!.AsArray()
            .SelectMany(b => b!["values"]!.AsArray())
            .Select(v => v!.AsObject())
            .FirstOrDefault(v => (string?)v["alias"] == alias && (pick is null || pick(Text(v["value"]))))
            ?? throw new ArgumentException($"no block of {node.Name}'s {property} has a matching '{alias}'");
        target["value"] = value;
        return node.Set(property, body.ToJsonString(BlockValueJson.WriteOptions));
    }

    /// <summary>Adds a published reviewer to the people library, with every property the reviewer type defines (as uSync
    /// exports a node), and returns the reviewer picker's value that picks them.</summary>
    public static string AddReviewer(this TempUsyncCopy copy, string name, string credentials, string role = "", string bio = "", string profileUrl = "", bool isDemo = false)
    {
        var reviewer = ReviewerNodes.Create(UsyncFolderReader.Read(copy.Root), name, credentials, role, bio, profileUrl, isDemo);
        UsyncWrites.Item(copy.Root, reviewer);
        return Udis.Document(reviewer.Key);
    }

    /// <summary>A block value as text: a string as it reads, anything else (a list, a number) as its JSON.</summary>
    private static string Text(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString() ?? "";
}
