using ClinicKit.Content.Blocks;

namespace ClinicKit.Content.Library;

/// <summary>One item's or block's property values, decoded by a source from its own format (uSync's stored values, the
/// Delivery API's JSON) into what the source-neutral readers take.</summary>
public interface IContentFields
{
    /// <summary>A text property, trimmed; "" when there is none.</summary>
    string Text(string alias);

    /// <summary>A true/false property.</summary>
    bool Flag(string alias);

    int? Number(string alias);

    DateOnly? Date(string alias);

    /// <summary>A dropdown's (first) choice, trimmed; "" when none.</summary>
    string Choice(string alias);

    /// <summary>A checkbox list's choices as given.</summary>
    IReadOnlyList<string> Choices(string alias);

    /// <summary>The documents a content picker picks, in order.</summary>
    IReadOnlyList<PickedDocument> Picks(string alias);

    RichText RichText(string alias);

    /// <summary>A block list's blocks in layout order.</summary>
    IReadOnlyList<ContentElement> Blocks(string alias);

    /// <summary>The first link of a multi URL picker.</summary>
    Link? Link(string alias);

    /// <summary>A tags property's tags, empty ones left out.</summary>
    IReadOnlyList<string> Tags(string alias);

    /// <summary>The first image a media picker picks, when it resolves to a file.</summary>
    MediaImage? Image(string alias);
}

/// <summary>A block: its key, its element type and its values.</summary>
/// <param name="Rendered">False for a block Umbraco does not render (not exposed); its claims still take their numbers.</param>
public sealed record ContentElement(Guid Key, Guid ContentTypeKey, IContentFields Fields, bool Rendered = true);
