using ClinicKit.Content.Blocks;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Tests.Shared;

/// <summary>Builds the values the source-neutral reader takes, already decoded, so a test of the reader says which claim,
/// safety point or link a body has without writing either source's format.</summary>
public static class ContentElements
{
    public static ContentElement Claim(string statement, params Guid[] citations) =>
        Element(DocumentTypes.ClaimBlock.Key, new Fields()
            .Set(Props.Statement, statement)
            .Set(Props.Citations, citations.Select(c => new PickedDocument(c, Udis.Document(c))).ToList())
            .Set(Props.ClaimType, "Efficacy")
            .Set(Props.EvidenceStrength, "Randomized controlled trial"));

    /// <summary>A safety block with its points in the sections named (whoShouldNotHaveIt, risks, monitoring).</summary>
    public static ContentElement Safety(string heading, params (string Section, ContentElement Point)[] points)
    {
        var fields = new Fields().Set(Props.Heading, heading);
        foreach (var section in points.GroupBy(p => p.Section))
        {
            fields.Set(section.Key, section.Select(p => p.Point).ToList());
        }

        return Element(DocumentTypes.SafetyBlock.Key, fields);
    }

    public static ContentElement Text(RichText text) => Element(DocumentTypes.RichTextBlock.Key, new Fields().Set(Props.Text, text));

    public static ContentElement Cta(string heading, Link? link = null) =>
        Element(DocumentTypes.CtaBlock.Key, new Fields().Set(Props.Heading, heading).Set(Props.ButtonLabel, "Book").Set(Props.Link, link));

    public static ContentElement Faq(string question, string answer) =>
        Element(DocumentTypes.FaqItem.Key, new Fields().Set(Props.Question, question).Set(Props.Answer, answer));

    public static ContentElement NotRendered(this ContentElement element) => element with { Rendered = false };

    private static ContentElement Element(Guid type, Fields fields) => new(Guid.NewGuid(), type, fields);

    /// <summary>Values by alias, typed as a source hands them over.</summary>
    public sealed class Fields : IContentFields
    {
        private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

        public Fields Set(string alias, object? value)
        {
            _values[alias] = value;
            return this;
        }

        public string Text(string alias) => (Get<string>(alias) ?? "").Trim();

        public bool Flag(string alias) => Get<bool?>(alias) ?? false;

        public int? Number(string alias) => Get<int?>(alias);

        public DateOnly? Date(string alias) => Get<DateOnly?>(alias);

        public string Choice(string alias) => Text(alias);

        public IReadOnlyList<string> Choices(string alias) => Get<IReadOnlyList<string>>(alias) ?? [];

        public IReadOnlyList<PickedDocument> Picks(string alias) => Get<IReadOnlyList<PickedDocument>>(alias) ?? [];

        public RichText RichText(string alias) => Get<RichText>(alias) ?? Content.Library.RichText.Empty;

        public IReadOnlyList<ContentElement> Blocks(string alias) => Get<IReadOnlyList<ContentElement>>(alias) ?? [];

        public Link? Link(string alias) => Get<Link>(alias);

        public IReadOnlyList<string> Tags(string alias) => Choices(alias);

        public MediaImage? Image(string alias) => Get<MediaImage>(alias);

        private T? Get<T>(string alias) => _values.GetValueOrDefault(alias) is T value ? value : default;
    }
}
