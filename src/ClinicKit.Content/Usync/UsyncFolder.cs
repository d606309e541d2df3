using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync;

/// <summary>A loaded uSync folder: every item it holds, and what went wrong reading the files that could not be loaded.</summary>
public sealed class UsyncFolder
{
    private readonly Dictionary<Guid, ContentNode> _nodesByKey;

    public UsyncFolder(string root, IReadOnlyList<UsyncItem> items, IReadOnlyList<Diagnostic> readDiagnostics)
    {
        Root = root;
        Items = items;
        ReadDiagnostics = readDiagnostics;
        _nodesByKey = new Dictionary<Guid, ContentNode>();
        foreach (var node in items.OfType<ContentNode>().Where(n => n.Kind == UsyncItemKind.Content))
        {
            _nodesByKey.TryAdd(node.Key, node);
        }
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    public IReadOnlyList<UsyncItem> Items { get; }

    public IReadOnlyList<Diagnostic> ReadDiagnostics { get; }

    public IEnumerable<Language> Languages => Items.OfType<Language>();

    public IEnumerable<DictionaryItem> Dictionary => Items.OfType<DictionaryItem>();

    public IEnumerable<DataType> DataTypes => Items.OfType<DataType>();

    public IEnumerable<Template> Templates => Items.OfType<Template>();

    public IEnumerable<ContentTypeItem> ContentTypes => OfKind<ContentTypeItem>(UsyncItemKind.ContentType);

    public IEnumerable<ContentTypeItem> MediaTypes => OfKind<ContentTypeItem>(UsyncItemKind.MediaType);

    public IEnumerable<ContentNode> Content => OfKind<ContentNode>(UsyncItemKind.Content);

    public IEnumerable<ContentNode> Media => OfKind<ContentNode>(UsyncItemKind.Media);

    public IEnumerable<Domain> Domains => Items.OfType<Domain>();

    public ContentNode? ContentByKey(Guid key) => _nodesByKey.GetValueOrDefault(key);

    public IEnumerable<ContentNode> ChildrenOf(Guid parentKey) =>
        Content.Where(n => n.ParentKey == parentKey).OrderBy(n => n.SortOrder ?? 0);

    public IEnumerable<T> OfKind<T>(UsyncItemKind kind) where T : UsyncItem => Items.OfType<T>().Where(i => i.Kind == kind);

    /// <summary>The absolute path of an item's file.</summary>
    public string PathOf(UsyncItem item) =>
        System.IO.Path.Combine(Root, item.Source?.File ?? throw new InvalidOperationException($"{item} was not read from a file"));
}
