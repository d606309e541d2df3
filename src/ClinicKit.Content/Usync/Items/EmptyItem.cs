namespace ClinicKit.Content.Usync.Items;

/// <summary>A delete or rename action: on import uSync removes or renames the item with this key.</summary>
public sealed class EmptyItem : UsyncItem
{
    public override UsyncItemKind Kind => UsyncItemKind.Empty;

    /// <summary><c>Delete</c>, <c>Rename</c> or another change uSync records.</summary>
    public string Change { get; set; } = "Delete";
}
