namespace ClinicKit.Content.Library;

/// <summary>Rich text markup with each link to a document kept as that document's key.</summary>
/// <remarks>Which page a link to a shared article means depends on the clinic showing it, so a source hands the link over
/// as a key and the head writes the address when it renders the text for one clinic; neither source's own link syntax
/// (uSync's <c>{localLink:…}</c>, the Delivery API's resolved routes) travels past its adapter.</remarks>
public sealed record RichText(IReadOnlyList<RichTextPart> Parts)
{
    public static RichText Empty { get; } = new([]);

    /// <summary>Markup that links to no document.</summary>
    public static RichText FromMarkup(string html) => html.Length == 0 ? Empty : new([new MarkupPart(html)]);

    /// <summary>The markup, with <paramref name="address"/> written where each link to a document goes.</summary>
    public string Html(Func<Guid, string> address) =>
        string.Concat(Parts.Select(p => p switch
        {
            MarkupPart m => m.Html,
            DocumentAddress d => address(d.Key),
            _ => "",
        }));

    // Value equality, as the string this replaced had: a page rebuilt from unchanged content compares equal.
    public bool Equals(RichText? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => Parts.Aggregate(0, HashCode.Combine);
}

public abstract record RichTextPart;

public sealed record MarkupPart(string Html) : RichTextPart;

/// <summary>Where a link to the document <paramref name="Key"/> goes: the inside of its <c>href</c>.</summary>
public sealed record DocumentAddress(Guid Key) : RichTextPart;
