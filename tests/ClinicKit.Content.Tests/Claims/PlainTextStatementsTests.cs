using ClinicKit.Content.Claims;

namespace ClinicKit.Content.Tests.Claims;

/// <summary>Which sentences of a text block an editor is warned about (CK0322 quotes each one): headings name a section, so
/// a side effect or a brain word beside a treatment flags a sentence of text but not a heading; every part of the markup is read.</summary>
public sealed class PlainTextStatementsTests
{
    private const string Section = "Side effects and supervision";

    [TestCase("<h1>" + Section + "</h1>", new string[0], TestName = "A top-level heading names a section and is not flagged")]
    [TestCase("<h6>" + Section + "</h6>", new string[0], TestName = "A sixth-level heading names a section and is not flagged")]
    [TestCase("<p>" + Section + "</p>", new[] { Section }, TestName = "The same words in a paragraph are flagged")]
    [TestCase(Section, new[] { Section }, TestName = "Text without any tags is read as a paragraph")]
    [TestCase("<p>Before your visit.</p>" + Section, new[] { Section }, TestName = "Text after the last tag is read")]
    [TestCase("<p>Before your visit.</p><hr>" + Section, new[] { Section }, TestName = "Text after a horizontal rule is text, not a heading")]
    [TestCase("<p>Our office is in the Cortex Building on Main Street.</p>", new string[0], TestName = "A brain word with no treatment, condition or effect beside it is not flagged")]
    [TestCase("<p>KETAMINE CURES DEPRESSION.</p>", new[] { "KETAMINE CURES DEPRESSION." }, TestName = "A claim in capitals is flagged")]
    public void A_text_blocks_claims_are_the_sentences_the_editor_is_warned_about(string markup, string[] flagged) =>
        Assert.That(PlainTextStatements.Find([(Guid.NewGuid(), markup)]).Select(s => s.Sentence), Is.EqualTo(flagged));
}
