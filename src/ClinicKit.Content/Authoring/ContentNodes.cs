using System.Globalization;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Authoring;

/// <summary>Builds content nodes and block values the way uSync exports them, for commands that add content.</summary>
public static class ContentNodes
{
    public static ContentNode Create(Guid key, string name, string contentType, ContentNode? parent, int sortOrder, bool published, DateTime created) =>
        new(UsyncItemKind.Content)
        {
            Key = key,
            Alias = name,
            Name = name,
            Level = parent is null ? 1 : (parent.Level ?? 1) + 1,
            ParentKey = parent?.Key ?? Guid.Empty,
            ParentName = parent?.Name ?? "",
            Path = (parent?.Path ?? "") + "/" + UsyncFileNames.SafeAlias(name),
            ContentType = contentType,
            CreateDate = created.ToString("s", CultureInfo.InvariantCulture),
            SortOrder = sortOrder,
            Published = published,
        };

    /// <summary>Sets an invariant value; uSync writes properties sorted by alias, which the writer's canonical form takes care of.</summary>
    public static ContentNode Set(this ContentNode node, string alias, string value)
    {
        node.Properties.RemoveAll(p => p.Alias == alias);
        node.Properties.Add(new PropertyValue { Alias = alias, Values = [new StoredValue(null, null, value)] });
        return node;
    }

    /// <summary>A block list value whose blocks are all exposed and laid out in the given order.</summary>
    public static string BlockList(IEnumerable<BlockItem> blocks)
    {
        var list = blocks.ToList();
        return list.Count == 0
            ? ""
            : BlockValueJson.Write(new BlockValue(
                list,
                [],
                list.Select(b => new BlockExpose(b.Key, null, null)).ToList(),
                [new BlockLayout(BlockValue.BlockListEditor, list.Select(b => new BlockLayoutItem(b.Key, null, [])).ToList())]));
    }

    public static BlockPropertyValue Value(string alias, System.Text.Json.Nodes.JsonNode? value) => new(alias, null, null, null, value);
}
