namespace ClinicKit.Content.Usync.Items;

public sealed class RelationType : UsyncItem
{
    public override UsyncItemKind Kind => UsyncItemKind.RelationType;

    public string? Name { get; set; }

    public string? ParentType { get; set; }

    public string? ChildType { get; set; }

    public bool Bidirectional { get; set; }

    public bool IsDependency { get; set; }
}
