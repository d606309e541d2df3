using ClinicKit.Content.Claims;

namespace ClinicKit.Content.Tests.Claims;

/// <summary>Where <c>clinickit import</c> cuts a paragraph into sentences, each then checked for a medical claim.</summary>
public sealed class SentencesTests
{
    [TestCase("One. Two.", new[] { "One.", "Two." })]
    [TestCase("It works. 65% improved!  \"Really?\" (Yes.) Done", new[] { "It works.", "65% improved!", "\"Really?\"", "(Yes.)", "Done" })]
    [TestCase("He said “Go.” Then left.", new[] { "He said “Go.”", "Then left." })]
    [TestCase("He said \"Go.\" Then left.", new[] { "He said \"Go.\"", "Then left." })]
    [TestCase("Dr. smith arrived. e.g. this", new[] { "Dr. smith arrived. e.g. this" })]
    [TestCase("End.\u00a0Next one", new[] { "End.", "Next one" })]
    [TestCase("Why? “Because.” ok", new[] { "Why?", "“Because.” ok" })]
    [TestCase("   ", new string[0])]
    [TestCase("No end", new[] { "No end" })]
    [TestCase("Book a visit. “", new[] { "Book a visit. “" })]
    [TestCase("! Next one", new[] { "!", "Next one" })]
    [TestCase("?” Next one", new[] { "?”", "Next one" })]
    [TestCase("\" Ketamine works.", new[] { "\" Ketamine works." })]
    public void A_paragraph_is_cut_after_a_sentence_end_before_a_capital_digit_or_quote(string paragraph, string[] expected) =>
        Assert.That(Sentences.Split(paragraph), Is.EqualTo(expected));

    private static IEnumerable<TestCaseData> HostileParagraphs()
    {
        yield return new TestCaseData("End." + new string(' ', 100_000) + "x", 1).SetName("A sentence end, 100,000 spaces and no capital");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat(". ", 100_000)), 1).SetName("100,000 full stops");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("A. ", 100_000)), 100_000).SetName("100,000 one-letter sentences");
    }

    [TestCaseSource(nameof(HostileParagraphs))]
    public void Hostile_paragraphs_complete(string paragraph, int sentences) =>
        Assert.That(Completes.Run(() => Sentences.Split(paragraph)), Has.Count.EqualTo(sentences));
}
