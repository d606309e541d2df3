namespace ClinicKit.Content.Usync.Items;

/// <summary>The kinds of item uSync v17 writes, in the order its handlers import them.</summary>
public enum UsyncItemKind
{
    Language,
    Dictionary,
    DataType,
    Template,
    ContentType,
    MediaType,
    MemberType,
    Media,
    Content,
    Blueprint,
    Domain,
    RelationType,
    Webhook,

    /// <summary>An <c>&lt;Empty Change="Delete|Rename"&gt;</c> action file, which removes or renames something on import.</summary>
    Empty,
}

/// <summary>The folder and root element uSync uses for each kind (the <c>SyncHandler</c> attributes).</summary>
public static class UsyncItemKinds
{
    private static readonly (UsyncItemKind Kind, string Folder, string Element)[] Table =
    [
        (UsyncItemKind.Language, "Languages", "Language"),
        (UsyncItemKind.Dictionary, "Dictionary", "Dictionary"),
        (UsyncItemKind.DataType, "DataTypes", "DataType"),
        (UsyncItemKind.Template, "Templates", "Template"),
        (UsyncItemKind.ContentType, "ContentTypes", "ContentType"),
        (UsyncItemKind.MediaType, "MediaTypes", "MediaType"),
        (UsyncItemKind.MemberType, "MemberTypes", "MemberType"),
        (UsyncItemKind.Media, "Media", "Media"),
        (UsyncItemKind.Content, "Content", "Content"),
        (UsyncItemKind.Blueprint, "Blueprints", "Content"),
        (UsyncItemKind.Domain, "Domains", "Domain"),
        (UsyncItemKind.RelationType, "RelationTypes", "RelationType"),
        (UsyncItemKind.Webhook, "Webhooks", "Webhook"),
    ];

    public static IEnumerable<string> Folders => Table.Select(x => x.Folder);

    public static string FolderOf(UsyncItemKind kind) => Table.First(x => x.Kind == kind).Folder;

    public static string ElementOf(UsyncItemKind kind) => Table.First(x => x.Kind == kind).Element;

    public static UsyncItemKind? KindOfFolder(string folder) =>
        Table.Where(x => string.Equals(x.Folder, folder, StringComparison.OrdinalIgnoreCase)).Select(x => (UsyncItemKind?)x.Kind).FirstOrDefault();
}
