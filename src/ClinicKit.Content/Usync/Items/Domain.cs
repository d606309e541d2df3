namespace ClinicKit.Content.Usync.Items;

/// <summary>A host name bound to a content root. <see cref="UsyncItem.Alias"/> is the domain name.</summary>
public sealed class Domain : UsyncItem
{
    public override UsyncItemKind Kind => UsyncItemKind.Domain;

    public bool IsWildcard { get; set; }

    public string? Language { get; set; }

    /// <summary>The root content node's key: what uSync resolves on import.</summary>
    public Guid? RootKey { get; set; }

    /// <summary>The root's node-name path (see <see cref="DomainRootPath"/>), for people reading the file; uSync resolves <see cref="RootKey"/>.</summary>
    public string? RootPath { get; set; }

    public int? SortOrder { get; set; }
}
