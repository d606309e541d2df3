using ClinicKit.Content.Library;

namespace ClinicKit.Content.Tests.Library;

/// <summary>A call to action written once in the library reads as each clinic's own.</summary>
public sealed class ClinicTokensTests
{
    private static readonly ClinicSite Clinic = new(
        Guid.NewGuid(), "Maple Clinic", "Maple Clinic", "", "(555) 010-0199", "hi@maple.test", "", "Springfield", "https://booking.maple.test/",
        "#1F4E79", "This clinic", Seo.None, null, ["maple.test"], [], true, 0);

    [TestCase("Call {{clinic.name}}", "Call Maple Clinic")]
    [TestCase("{{clinic.phone}} / {{clinic.city}} / {{clinic.email}} / {{clinic.bookingUrl}}", "(555) 010-0199 / Springfield / hi@maple.test / https://booking.maple.test/")]
    [TestCase("{{ clinic.name }} and {{clinic.Name}}", "Maple Clinic and {{clinic.Name}}")]
    [TestCase("{{clinic.fax}} stays", "{{clinic.fax}} stays")]
    [TestCase("{{patient.name}} stays", "{{patient.name}} stays")]
    [TestCase("No tokens", "No tokens")]
    [TestCase("", "")]
    public void Clinic_tokens_are_replaced_with_the_clinics_details_and_unknown_ones_stay_visible(string text, string expected) =>
        Assert.That(ClinicTokens.Replace(text, Clinic), Is.EqualTo(expected));

    /// <summary>What the head's CTA view walks to show the booking URL as a link: the text in order, known tokens named.</summary>
    [TestCase("Book at {{clinic.bookingUrl}}.", "Book at |clinic.bookingUrl=https://booking.maple.test/|.")]
    [TestCase("{{clinic.name}}{{ clinic.phone }}", "clinic.name=Maple Clinic|clinic.phone=(555) 010-0199")]
    [TestCase("{{clinic.fax}} and {{clinic.city}}", "{{clinic.fax}} and |clinic.city=Springfield")]
    [TestCase("No tokens", "No tokens")]
    [TestCase("", "")]
    public void A_text_splits_into_written_parts_and_named_token_values(string text, string expected) =>
        Assert.That(string.Join("|", ClinicTokens.Split(text, Clinic).Select(p => p.Token is null ? p.Text : $"{p.Token}={p.Text}")), Is.EqualTo(expected));

    [TestCase("Call {{clinic.name}}", new string[0])]
    [TestCase("Fax {{clinic.fax}} or {{ clinic.Name }}", new[] { "{{clinic.fax}}", "{{ clinic.Name }}" })]
    public void Validation_names_exactly_the_tokens_that_would_stay_visible(string text, string[] unknown) =>
        Assert.That(ClinicTokens.Unknown(text), Is.EqualTo(unknown));

    /// <summary>Shapes that made the old backtracking pattern run for minutes (or that a scanner could get wrong): each is
    /// built at full size here, and only the result is asserted.</summary>
    private static IEnumerable<TestCaseData> HostileTexts()
    {
        var spaces = new string(' ', 100_000);
        yield return new TestCaseData("{{" + spaces, "{{" + spaces).SetName("Open braces then 100,000 spaces, never closed");
        yield return new TestCaseData("{{" + spaces + "x", "{{" + spaces + "x").SetName("Open braces, 100,000 spaces and a word, never closed");
        yield return new TestCaseData("{{" + spaces + "}}", "{{" + spaces + "}}").SetName("100,000 spaces between the braces: an empty token stays");
        yield return new TestCaseData("{{" + spaces + "clinic.name" + spaces + "}}", "Maple Clinic").SetName("100,000 spaces either side of a known token");
        yield return new TestCaseData("{{" + spaces + "} }", "{{" + spaces + "} }").SetName("100,000 spaces then a split closing brace");
        yield return new TestCaseData(new string('{', 100_000) + "clinic.name}}", new string('{', 99_998) + "Maple Clinic").SetName("100,000 opening braces before a token");
        yield return new TestCaseData(Repeat("{{ ", 50_000), Repeat("{{ ", 50_000)).SetName("50,000 unclosed tokens");
        yield return new TestCaseData(Repeat("{{clinic.name} ", 20_000), Repeat("{{clinic.name} ", 20_000)).SetName("20,000 tokens closed by one brace");
        yield return new TestCaseData(Repeat("{{clinic.city}}", 20_000), Repeat("Springfield", 20_000)).SetName("20,000 tokens in a row");
        yield return new TestCaseData("{{ {{clinic.name}} }}", "{{ Maple Clinic }}").SetName("A token inside braces");
        yield return new TestCaseData("{{{clinic.name}}}", "{Maple Clinic}").SetName("Triple braces");
        yield return new TestCaseData("{{clinic.{name}}}", "{{clinic.{name}}}").SetName("A brace inside a token");
        yield return new TestCaseData("{{}}", "{{}}").SetName("Empty braces");
        yield return new TestCaseData("}} {{clinic.name", "}} {{clinic.name").SetName("Closing before opening");
        yield return new TestCaseData("Call {{clinic.name}", "Call {{clinic.name}").SetName("A token missing its last brace at the end of the text");
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [TestCaseSource(nameof(HostileTexts))]
    public void Hostile_text_completes_with_the_tokens_replaced_as_for_any_text(string text, string expected) =>
        Assert.That(Completes.Run(() => ClinicTokens.Replace(text, Clinic)), Is.EqualTo(expected));

    [Test]
    public void Validation_of_a_token_padded_with_100000_spaces_completes_and_names_it_as_written()
    {
        var text = "Call {{" + new string(' ', 100_000) + "clinic.fax }} or " + "{{" + new string(' ', 100_000);
        Assert.That(Completes.Run(() => ClinicTokens.Unknown(text).ToList()), Is.EqualTo(new[] { "{{" + new string(' ', 100_000) + "clinic.fax }}" }));
    }

    [Test]
    public void A_clinic_value_is_inserted_as_text_not_reinterpreted_as_a_token()
    {
        var clinic = Clinic with { ClinicName = "{{clinic.phone}} <b>" };
        Assert.That(ClinicTokens.Replace("{{clinic.name}}", clinic), Is.EqualTo("{{clinic.phone}} <b>"));
    }

    [TestCase("", "Call Maple", TestName = "A clinic with no display name is called by its site node's name")]
    [TestCase("Maple Mood Clinic", "Call Maple Mood Clinic", TestName = "A clinic's display name wins over its site node's name")]
    public void The_clinic_name_token_says_the_name_a_visitor_knows(string clinicName, string expected)
    {
        var clinic = Clinic with { Name = "Maple", ClinicName = clinicName };
        Assert.That(ClinicTokens.Replace("Call {{clinic.name}}", clinic), Is.EqualTo(expected));
    }
}
