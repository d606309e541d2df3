namespace ClinicKit.Content.Usync.Items;

public sealed class Template : UsyncItem
{
    public override UsyncItemKind Kind => UsyncItemKind.Template;

    public string? Name { get; set; }

    /// <summary>The master template's alias, or null for none.</summary>
    public string? Parent { get; set; }

    /// <summary>The Razor source, present only when uSync's <c>IncludeContent</c> setting is on.</summary>
    public string? Contents { get; set; }
}
