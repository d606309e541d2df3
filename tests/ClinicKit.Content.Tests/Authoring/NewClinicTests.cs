using ClinicKit.Content.Authoring;

namespace ClinicKit.Content.Tests.Authoring;

/// <summary>What <c>new-site</c> accepts as a clinic's phone number and e-mail address, before anything is written.</summary>
public sealed class NewClinicTests
{
    private static readonly NewClinic Valid = new("Harbor Light Clinic", "harborlight.test", "Seattle", "(206) 555-0170", "hello@harborlight.test",
        "https://booking.harborlight.test/", "#234E70", null, "Call {{clinic.name}}.");

    [TestCase("(206) 555-0170", null)]
    [TestCase("+44 20 7946 0958", null)]
    [TestCase("206.555.0170", null)]
    [TestCase("555 0170", null)]
    [TestCase("123456789012345", null)]
    [TestCase("<script>alert(1)</script>", "may hold only digits, spaces and + ( ) - . (not '<')")]
    [TestCase("tel:2065550170", "may hold only digits, spaces and + ( ) - . (not 't')")]
    [TestCase("２０６ ５５５ ０１７０", "may hold only digits, spaces and + ( ) - . (not '２')")]
    [TestCase("555-01", "has 5 digits; a phone number has 7 to 15")]
    [TestCase("1234567890123456", "has 16 digits; a phone number has 7 to 15")]
    [TestCase("", "has 0 digits; a phone number has 7 to 15")]
    [TestCase("(206) 555-0170 +1", "may have a '+' only in front")]
    public void A_phone_number_is_digits_and_the_punctuation_people_write(string phone, string? problem) =>
        Assert.That(NewClinic.PhoneProblem(phone), Is.EqualTo(problem));

    [TestCase("hello@harborlight.test", true)]
    [TestCase("first.last+tag@mail.harborlight.test", true)]
    [TestCase("HELLO@HARBORLIGHT.TEST", true)]
    [TestCase("<script>@harborlight.test", false)]
    [TestCase("hello@harborlight", false)]
    [TestCase("hello@-harborlight.test", false)]
    [TestCase(".hello@harborlight.test", false)]
    [TestCase("hello.@harborlight.test", false)]
    [TestCase("hello@harborlight.test>", false)]
    [TestCase("Hello <hello@harborlight.test>", false)]
    [TestCase("@harborlight.test", false)]
    [TestCase("hello@", false)]
    public void An_email_address_is_an_unquoted_local_part_at_a_host_name(string email, bool valid) =>
        Assert.That(NewClinic.IsEmailAddress(email), Is.EqualTo(valid));

    [Test]
    public void A_local_part_over_64_characters_is_not_an_address() =>
        Assert.That(NewClinic.IsEmailAddress(new string('a', 65) + "@harborlight.test"), Is.False);

    private static IEnumerable<TestCaseData> Unprintable()
    {
        yield return new TestCaseData(Valid with { Name = "Harbor \ud800 Light" }, "--name contains the control character U+D800; give plain text").SetName("A lone surrogate in the name");
        yield return new TestCaseData(Valid with { City = "Sea\udc00ttle" }, "--city contains the control character U+DC00; give plain text").SetName("A lone low surrogate in the city");
        yield return new TestCaseData(Valid with { CtaText = "Call \uffff" }, "--cta-text contains the control character U+FFFF; give plain text").SetName("A non-character in the call to action");
        yield return new TestCaseData(Valid with { ArticleSlugs = ["a\u0000b"] }, "--articles contains the control character U+0000; give plain text").SetName("A NUL in an article slug");
        yield return new TestCaseData(Valid with { Name = "Clinic 🏥" }, null).SetName("An emoji is text");
    }

    [TestCaseSource(nameof(Unprintable))]
    public void Text_that_cannot_be_written_to_uSyncs_XML_is_named(NewClinic clinic, string? problem) =>
        Assert.That(clinic.Problems(), problem is null ? Is.Empty : Is.EqualTo(new[] { problem }));
}
