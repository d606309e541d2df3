using System.Globalization;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Web.Tests.DeliveryApi.Fake;

/// <summary>A uSync folder seen as Umbraco's published content cache sees it: the node tree, each document type's properties
/// (compositions included) with their editors and data type configuration, and each node's route.</summary>
public sealed class FakeContentTree
{
    private readonly Dictionary<Guid, ContentNode> _nodes;
    private readonly Dictionary<Guid, List<ContentNode>> _children;
    private readonly Dictionary<string, ContentTypeItem> _types;
    private readonly Dictionary<Guid, ContentTypeItem> _typesByKey;
    private readonly Dictionary<Guid, DataType> _dataTypes;
    private readonly Dictionary<Guid, ContentNode> _media;

    public FakeContentTree(string usyncFolder)
    {
        var folder = UsyncFolderReader.Read(usyncFolder);
        _nodes = folder.Content.Where(n => !n.Trashed).ToDictionary(n => n.Key);
        _children = _nodes.Values.GroupBy(n => n.ParentKey).ToDictionary(g => g.Key, g => g.OrderBy(n => n.SortOrder ?? 0).ToList());
        _types = folder.ContentTypes.ToDictionary(t => t.Alias, StringComparer.Ordinal);
        _typesByKey = folder.ContentTypes.ToDictionary(t => t.Key);
        _dataTypes = folder.DataTypes.ToDictionary(d => d.Key);
        _media = folder.Media.Where(m => !m.Trashed).ToDictionary(m => m.Key);
    }

    public IEnumerable<ContentNode> Nodes => _nodes.Values;

    public ContentNode? Node(Guid key) => _nodes.GetValueOrDefault(key);

    /// <summary>A media item of the folder's Media/ (media has no published state in Umbraco: it is visible once it exists).</summary>
    public ContentNode? Media(Guid key) => _media.GetValueOrDefault(key);

    /// <summary>What a visitor of the Delivery API can see: published nodes, or drafts too in preview.</summary>
    public static bool IsVisible(ContentNode node, bool preview) => preview || node.Published;

    public IReadOnlyList<ContentNode> Roots => _children.GetValueOrDefault(Guid.Empty) ?? [];

    public IReadOnlyList<ContentNode> ChildrenOf(Guid key) => _children.GetValueOrDefault(key) ?? [];

    public ContentNode RootOf(ContentNode node)
    {
        while (node.ParentKey != Guid.Empty && _nodes.TryGetValue(node.ParentKey, out var parent))
        {
            node = parent;
        }

        return node;
    }

    /// <summary>Umbraco's default URL segment: the name through <c>DefaultShortStringHelper</c>, as uSync's reader uses it.</summary>
    public static string UrlSegment(ContentNode node) => UsyncFileNames.UrlSegment(node.Name ?? node.Alias);

    /// <summary>The route path the Delivery API reports: relative to the root (Umbraco's default
    /// <c>HideTopLevelNodeFromPath=true</c>), with a trailing slash (<c>AddTrailingSlash=true</c>); the root itself is "/".</summary>
    public string RoutePath(ContentNode node)
    {
        var segments = new List<string>();
        for (var n = node; n.ParentKey != Guid.Empty && _nodes.TryGetValue(n.ParentKey, out var parent); n = parent)
        {
            segments.Insert(0, UrlSegment(n));
        }

        return segments.Count == 0 ? "/" : "/" + string.Join('/', segments) + "/";
    }

    public static DateTime Date(ContentNode node) =>
        DateTime.TryParse(node.CreateDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : DateTime.MinValue;

    /// <summary>A document or element type's properties, its own first (by tab, then sort order), then its compositions'.</summary>
    public IReadOnlyList<PropertyTypeItem> PropertiesOf(string contentTypeAlias)
    {
        if (!_types.TryGetValue(contentTypeAlias, out var type))
        {
            return [];
        }

        var tabs = type.Tabs.ToDictionary(t => t.Alias, t => t.SortOrder);
        var own = type.Properties.OrderBy(p => tabs.GetValueOrDefault(p.TabAlias ?? "", 0)).ThenBy(p => p.SortOrder);
        return own.Concat(type.Compositions.SelectMany(c => PropertiesOf(c.Alias))).DistinctBy(p => p.Alias).ToList();
    }

    public string? ElementTypeAlias(Guid key) => _typesByKey.GetValueOrDefault(key)?.Alias;

    public DataType? DataType(Guid? key) => key is { } k ? _dataTypes.GetValueOrDefault(k) : null;
}
