namespace ClinicKit.Content.Usync.Items;

public sealed class Language : UsyncItem
{
    public override UsyncItemKind Kind => UsyncItemKind.Language;

    public string? Name { get; set; }

    public string? IsoCode { get; set; }

    public bool IsMandatory { get; set; }

    public bool IsDefault { get; set; }

    public string? Fallback { get; set; }
}
