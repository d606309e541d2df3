using ClinicKit.Web.Rendering;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>A CTA written once in the library reads as each clinic's own.</summary>
public sealed class ClinicTokensTests
{
    private static readonly Content.Library.ClinicSite Clinic = TestContent.Clinic("Maple Clinic", "maple.test", 1) with
    {
        Phone = "(555) 010-0199",
        City = "Springfield",
        Email = "hi@maple.test",
        BookingUrl = "https://maple.test/book",
    };

    [TestCase("Call {{clinic.name}}", "Call Maple Clinic")]
    [TestCase("{{clinic.phone}} / {{clinic.city}} / {{clinic.email}} / {{clinic.bookingUrl}}", "(555) 010-0199 / Springfield / hi@maple.test / https://maple.test/book")]
    [TestCase("{{ clinic.name }} and {{clinic.Name}}", "Maple Clinic and Maple Clinic")]
    [TestCase("{{clinic.fax}} stays", "{{clinic.fax}} stays")]
    [TestCase("{{patient.name}} stays", "{{patient.name}} stays")]
    [TestCase("No tokens", "No tokens")]
    [TestCase("", "")]
    public void Clinic_tokens_are_replaced_with_the_clinics_details(string text, string expected) =>
        Assert.That(ClinicTokens.Replace(text, Clinic), Is.EqualTo(expected));

    [Test]
    public void A_clinic_value_is_inserted_as_text_not_reinterpreted_as_a_token()
    {
        var clinic = Clinic with { ClinicName = "{{clinic.phone}} <b>" };
        Assert.That(ClinicTokens.Replace("{{clinic.name}}", clinic), Is.EqualTo("{{clinic.phone}} <b>"));
    }
}
