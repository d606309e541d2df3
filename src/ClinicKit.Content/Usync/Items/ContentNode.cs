namespace ClinicKit.Content.Usync.Items;

/// <summary>A content, media or blueprint node: the node's place in the tree and its stored property values.</summary>
public sealed class ContentNode : UsyncItem
{
    public ContentNode(UsyncItemKind kind)
    {
        if (kind is not (UsyncItemKind.Content or UsyncItemKind.Media or UsyncItemKind.Blueprint))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a content node kind");
        }

        Kind = kind;
    }

    public override UsyncItemKind Kind { get; }

    /// <summary>The parent's key; <see cref="Guid.Empty"/> at the root.</summary>
    public Guid ParentKey { get; set; }

    public string? ParentName { get; set; }

    public string? Path { get; set; }

    public bool Trashed { get; set; }

    /// <summary>Where a trashed node was before it went to the recycle bin.</summary>
    public Guid? TrashedParent { get; set; }

    public string? ContentType { get; set; }

    public string? CreateDate { get; set; }

    /// <summary>The invariant name (<c>NodeName Default</c>).</summary>
    public string? Name { get; set; }

    public List<CultureValue> CultureNames { get; set; } = [];

    public int? SortOrder { get; set; }

    /// <summary>Documents only (media is always live): whether the invariant node is published.</summary>
    public bool Published { get; set; }

    public List<CultureValue> CulturePublished { get; set; } = [];

    public List<ContentSchedule> Schedule { get; set; } = [];

    /// <summary>Content only: the template, or null when the node has none (written <c>&lt;Template /&gt;</c>).</summary>
    public KeyedAlias? Template { get; set; }

    /// <summary>Blueprints only: <c>IsBlueprint</c>.</summary>
    public bool? IsBlueprint { get; set; }

    public List<PropertyValue> Properties { get; set; } = [];

    public PropertyValue? Property(string alias) =>
        Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.Ordinal));

    /// <summary>The invariant value of a property, or null when it is missing.</summary>
    public string? Value(string alias) => Property(alias)?.Invariant;

    public bool IsRoot => ParentKey == Guid.Empty;

    /// <summary>Content and blueprints carry publishing, schedule and template; media does not.</summary>
    public bool IsDocument => Kind != UsyncItemKind.Media;
}

public sealed record CultureValue(string Culture, string Value);

public sealed record ContentSchedule(string? Culture, string Action, string Date);

/// <summary>A property's stored values: one per culture and segment, or a single invariant one.</summary>
public sealed class PropertyValue
{
    public string Alias { get; set; } = "";

    public List<StoredValue> Values { get; set; } = [];

    public int? Line { get; set; }

    public string? Invariant => Values.FirstOrDefault(v => v.Culture is null && v.Segment is null)?.Text;
}

public sealed record StoredValue(string? Culture, string? Segment, string Text);
