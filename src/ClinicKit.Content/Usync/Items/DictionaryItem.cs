namespace ClinicKit.Content.Usync.Items;

/// <summary>A dictionary item: a label the rendered site shows, translated per language. <see cref="UsyncItem.Alias"/> is its item key.</summary>
public sealed class DictionaryItem : UsyncItem
{
    public override UsyncItemKind Kind => UsyncItemKind.Dictionary;

    /// <summary>The parent item's key text (not its GUID), as uSync writes it.</summary>
    public string? Parent { get; set; }

    public List<Translation> Translations { get; set; } = [];

    public string? TranslationFor(string isoCode) =>
        Translations.FirstOrDefault(t => string.Equals(t.Language, isoCode, StringComparison.OrdinalIgnoreCase))?.Text;
}

public sealed record Translation(string Language, string Text);
