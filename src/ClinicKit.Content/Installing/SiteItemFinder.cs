using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Installing;

/// <summary>
/// Finds the site's item that uSync's import would load for one of the package's items, as uSync looks them up:
/// by key, and when no item has the key, by alias (uSync.Core/Serialization/SyncSerializerRoot.cs, <c>FindItemAsync(XElement)</c>).
/// Content and media are tree items: uSync never finds them by alias alone, only by name under a parent it found by key
/// (uSync.Core/Serialization/Serializers/ContentSerializerBase.cs, <c>FindOrCreateAsync</c>). Domains are found by their name
/// (DomainSerializer.cs, <c>FindItemAsync(string)</c>: <c>GetByName</c>). Languages are matched by ISO code; see <see cref="LanguageCheck"/>.
/// </summary>
internal sealed class SiteItemFinder
{
    private readonly UsyncFolder _site;
    private readonly ILookup<(UsyncItemKind, Guid), UsyncItem> _byKey;
    private readonly ILookup<(UsyncItemKind, string), UsyncItem> _byAlias;
    private readonly ILookup<(UsyncItemKind, Guid), ContentNode> _children;

    public SiteItemFinder(UsyncFolder site)
    {
        _site = site;
        var items = site.Items.Where(i => i is not EmptyItem).ToList();
        _byKey = items.ToLookup(i => (i.Kind, i.Key));
        _byAlias = items.ToLookup(i => (i.Kind, i.Alias.ToLowerInvariant()));
        _children = items.OfType<ContentNode>().ToLookup(n => (n.Kind, n.ParentKey));
    }

    public ItemMatch? Find(UsyncItem ours) => ours switch
    {
        EmptyItem { Change: "Delete" } delete => FindDeleted(delete),
        EmptyItem or Language => null,
        Domain domain => FindDomain(domain),
        ContentNode node => FindNode(node),
        _ => FindFlat(ours),
    };

    private ItemMatch? FindFlat(UsyncItem ours)
    {
        if (_byKey[(ours.Kind, ours.Key)].FirstOrDefault() is { } same)
        {
            return Update(ours, same);
        }

        return _byAlias[(ours.Kind, ours.Alias.ToLowerInvariant())].FirstOrDefault() is { } other
            ? new ItemMatch(MatchOutcome.Takeover, Describe(ours), Describe(other), "alias", TakeoverEffect(ours.Kind))
            : null;
    }

    /// <summary>A delete action removes the site's item with its key or, for all but tree items, its alias (SyncSerializerRoot.ProcessDeleteAsync).</summary>
    private ItemMatch? FindDeleted(EmptyItem ours)
    {
        if (ours.Source is null || UsyncFolderReader.KindOf(ours.Source.File) is not { } kind)
        {
            return null;
        }

        var isTree = kind is UsyncItemKind.Content or UsyncItemKind.Media or UsyncItemKind.Blueprint;
        var theirs = _byKey[(kind, ours.Key)].FirstOrDefault()
            ?? (isTree ? null : _byAlias[(kind, ours.Alias.ToLowerInvariant())].FirstOrDefault());
        return theirs is null
            ? null
            : new ItemMatch(MatchOutcome.Takeover, Describe(ours), Describe(theirs), theirs.Key == ours.Key ? "key" : "alias", "the package's delete action removes the site's item");
    }

    private ItemMatch? FindNode(ContentNode ours)
    {
        if (_byKey[(ours.Kind, ours.Key)].FirstOrDefault() is { } same)
        {
            return Update(ours, same);
        }

        // uSync compares the site node's name made a safe alias with the file's Alias, the plain name (ContentSerializerBase.FindItemAsync(alias, parent));
        // the plain names are compared too, so a fix of that comparison in uSync cannot hide a takeover here.
        if (ours.IsRoot || !_byKey[(ours.Kind, ours.ParentKey)].Any())
        {
            return null;
        }

        return _children[(ours.Kind, ours.ParentKey)]
            .FirstOrDefault(n => string.Equals(UsyncFileNames.SafeAlias(n.Name ?? n.Alias), ours.Alias, StringComparison.OrdinalIgnoreCase)
                || string.Equals(n.Name ?? n.Alias, ours.Alias, StringComparison.OrdinalIgnoreCase)) is { } other
            ? new ItemMatch(MatchOutcome.Takeover, Describe(ours), Describe(other), "name under the same parent", "uSync loads the site's node and overwrites its properties and publishes it")
            : null;
    }

    private ItemMatch? FindDomain(Domain ours)
    {
        if (_byAlias[(UsyncItemKind.Domain, ours.Alias.ToLowerInvariant())].OfType<Domain>().FirstOrDefault() is not { } other)
        {
            return null;
        }

        return other.RootKey == ours.RootKey
            ? Update(ours, other)
            : new ItemMatch(MatchOutcome.Takeover, Describe(ours), Describe(other), "domain name",
                $"the site's host name moves from {RootName(other)} to {ours.RootPath}");
    }

    private static ItemMatch Update(UsyncItem ours, UsyncItem same) => new(
        MatchOutcome.Update,
        Describe(ours),
        Describe(same),
        same is Domain ? "domain name" : "key",
        string.Equals(same.Alias, ours.Alias, StringComparison.OrdinalIgnoreCase)
            ? "already there from an earlier install; uSync updates it"
            : $"already there from an earlier install, renamed '{same.Alias}' on the site; uSync renames it back to '{ours.Alias}'");

    private string RootName(Domain domain) =>
        domain.RootKey is { } key && _site.ContentByKey(key) is { } node ? DomainRootPath.Of(node, _site.ContentByKey) : domain.RootPath ?? "(no node)";

    private static string TakeoverEffect(UsyncItemKind kind) => kind switch
    {
        UsyncItemKind.ContentType or UsyncItemKind.MediaType or UsyncItemKind.MemberType =>
            "uSync loads the site's type and overwrites its name, properties, compositions and allowed children with ClinicKit's",
        UsyncItemKind.DataType => "uSync loads the site's data type and overwrites its editor and configuration",
        UsyncItemKind.Dictionary => "uSync loads the site's dictionary item and overwrites its translations",
        _ => "uSync loads the site's item and overwrites it",
    };

    public static ItemRef Describe(UsyncItem item) => new(KindLabel(item), item.Alias, NameOf(item), item.Key, item.Source?.File ?? "");

    public static string KindLabel(UsyncItem item) => item switch
    {
        ContentTypeItem { Kind: UsyncItemKind.ContentType, IsElement: true } => "element type",
        ContentTypeItem { Kind: UsyncItemKind.ContentType } => "document type",
        ContentTypeItem { Kind: UsyncItemKind.MediaType } => "media type",
        ContentTypeItem => "member type",
        DataType => "data type",
        Template => "template",
        DictionaryItem => "dictionary item",
        ContentNode { Kind: UsyncItemKind.Media } => "media item",
        ContentNode { Kind: UsyncItemKind.Blueprint } => "blueprint",
        ContentNode node => $"content node ({node.ContentType})",
        Domain => "domain",
        RelationType => "relation type",
        Language => "language",
        EmptyItem empty => $"delete action ({empty.Change})",
        _ => item.Kind.ToString(),
    };

    private static string NameOf(UsyncItem item) => (item switch
    {
        ContentTypeItem t => t.Name,
        DataType d => d.Name,
        Template t => t.Name,
        ContentNode n => n.Name,
        RelationType r => r.Name,
        Language l => l.Name,
        _ => null,
    }) ?? item.Alias;
}
