namespace ClinicKit.Content.Usync.Items;

/// <summary>A document, media or member type: the three share uSync's ContentTypeBase serializer and differ in a few elements.</summary>
public sealed class ContentTypeItem : UsyncItem
{
    public ContentTypeItem(UsyncItemKind kind)
    {
        if (kind is not (UsyncItemKind.ContentType or UsyncItemKind.MediaType or UsyncItemKind.MemberType))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a content type kind");
        }

        Kind = kind;
    }

    public override UsyncItemKind Kind { get; }

    public string? Name { get; set; }

    public string? Icon { get; set; }

    public string? Thumbnail { get; set; }

    public string? Description { get; set; }

    public bool AllowAtRoot { get; set; }

    /// <summary>The collection (list view) data type key; <see cref="Guid.Empty"/> for none.</summary>
    public Guid ListView { get; set; }

    public string Variations { get; set; } = "Nothing";

    public bool IsElement { get; set; }

    /// <summary>Document types only.</summary>
    public HistoryCleanup? HistoryCleanup { get; set; }

    /// <summary>The inheritance parent (alias and key), when the type inherits rather than sits in a folder.</summary>
    public KeyedAlias? Parent { get; set; }

    /// <summary>The backoffice folder path, URL-encoded names joined by '/' (space written as '+').</summary>
    public string? Folder { get; set; }

    public List<KeyedAlias> Compositions { get; set; } = [];

    /// <summary>Document types only; null when the element is absent (media and member types).</summary>
    public string? DefaultTemplate { get; set; }

    public List<KeyedAlias> AllowedTemplates { get; set; } = [];

    public List<AllowedChild> Structure { get; set; } = [];

    public List<PropertyTypeItem> Properties { get; set; } = [];

    public List<PropertyGroupItem> Tabs { get; set; } = [];

    public IEnumerable<string> FolderNames => string.IsNullOrEmpty(Folder)
        ? []
        : Folder.Split('/').Select(f => Uri.UnescapeDataString(f.Replace('+', ' ')));
}

public sealed record KeyedAlias(Guid Key, string Alias);

public sealed record AllowedChild(Guid Key, int SortOrder, string Alias);

public sealed record HistoryCleanup(bool PreventCleanup, string? KeepAllVersionsNewerThanDays, string? KeepLatestVersionPerDayForDays);

public sealed class PropertyTypeItem
{
    public Guid Key { get; set; }

    public string? Name { get; set; }

    public string Alias { get; set; } = "";

    /// <summary>The data type's key; null when uSync could not find the data type on export.</summary>
    public Guid? Definition { get; set; }

    /// <summary>The property editor alias (not the UI alias).</summary>
    public string? Type { get; set; }

    public bool Mandatory { get; set; }

    public string? Validation { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The group the property sits in: its full alias (<c>tab/group</c>) and caption.</summary>
    public string? TabAlias { get; set; }

    public string? TabCaption { get; set; }

    /// <summary>Document types only.</summary>
    public string? Variations { get; set; }

    /// <summary>Member types only: whether the member can edit and see the value, and whether it is sensitive.</summary>
    public MemberPropertyAccess? MemberAccess { get; set; }

    public string? MandatoryMessage { get; set; }

    public string? ValidationRegExpMessage { get; set; }

    public bool LabelOnTop { get; set; }

    public int? Line { get; set; }
}

public sealed record MemberPropertyAccess(bool CanEdit, bool CanView, bool IsSensitive);

/// <summary>A tab or a group: uSync writes both as <c>Tab</c> elements, telling them apart by <see cref="Type"/>.</summary>
public sealed record PropertyGroupItem(Guid Key, string? Caption, string Alias, string? Type, int SortOrder);
