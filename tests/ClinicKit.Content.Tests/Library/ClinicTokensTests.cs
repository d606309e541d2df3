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

    [TestCase("Call {{clinic.name}}", new string[0])]
    [TestCase("Fax {{clinic.fax}} or {{ clinic.Name }}", new[] { "{{clinic.fax}}", "{{ clinic.Name }}" })]
    public void Validation_names_exactly_the_tokens_that_would_stay_visible(string text, string[] unknown) =>
        Assert.That(ClinicTokens.Unknown(text), Is.EqualTo(unknown));

    [Test]
    public void A_clinic_value_is_inserted_as_text_not_reinterpreted_as_a_token()
    {
        var clinic = Clinic with { ClinicName = "{{clinic.phone}} <b>" };
        Assert.That(ClinicTokens.Replace("{{clinic.name}}", clinic), Is.EqualTo("{{clinic.phone}} <b>"));
    }
}
