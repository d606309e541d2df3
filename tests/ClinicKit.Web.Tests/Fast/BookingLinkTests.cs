using System.Text.RegularExpressions;
using ClinicKit.Content.Library;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>{{clinic.bookingUrl}} in a call to action: a patient reads words that say where the link goes and can follow
/// it, rather than reading a raw address; an address that is not safe to link to is neither linked nor shown.</summary>
public sealed partial class BookingLinkTests
{
    private const string Host = "booking-clinic.test";

    [TestCase("https://booking-clinic.test/book", "Book at {{clinic.bookingUrl}}.",
        "Book at <a class=\"cta-booking\" href=\"https://booking-clinic.test/book\" rel=\"noopener noreferrer\">our online booking page</a>.",
        TestName = "An https booking URL becomes a link that says what it is")]
    [TestCase("/book", "Call {{clinic.phone}} or book at {{ clinic.bookingUrl }}.",
        "Call (555) 010-0000 or book at <a class=\"cta-booking\" href=\"/book\">our online booking page</a>.",
        TestName = "A booking page on the clinic's own site is linked without noopener, spaces inside the braces are fine")]
    [TestCase("javascript:alert(1)", "Book at {{clinic.bookingUrl}}.",
        "Book at our online booking page.",
        TestName = "A javascript: booking URL is neither linked nor shown")]
    [TestCase("https://booking-clinic.test/book?a=1&b=\"2\"", "{{clinic.bookingUrl}}",
        "<a class=\"cta-booking\" href=\"https://booking-clinic.test/book?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">our online booking page</a>",
        TestName = "Quotes and ampersands in the booking URL stay inside the href")]
    [TestCase("https://booking-clinic.test/book", "Twice: {{clinic.bookingUrl}} and {{clinic.bookingUrl}}",
        "Twice: <a class=\"cta-booking\" href=\"https://booking-clinic.test/book\" rel=\"noopener noreferrer\">our online booking page</a> and <a class=\"cta-booking\" href=\"https://booking-clinic.test/book\" rel=\"noopener noreferrer\">our online booking page</a>",
        TestName = "Each booking token is its own link")]
    [TestCase("https://booking-clinic.test/book", "<b>{{clinic.bookingUrl}}</b> {{clinic.fax}}",
        "&lt;b&gt;<a class=\"cta-booking\" href=\"https://booking-clinic.test/book\" rel=\"noopener noreferrer\">our online booking page</a>&lt;/b&gt; {{clinic.fax}}",
        TestName = "Text around the link stays text, and an unknown token stays as written")]
    public async Task The_booking_token_in_a_call_to_action_body_renders_as_a_link(string bookingUrl, string body, string expected)
    {
        var html = await HomePageAsync(bookingUrl, new CallToAction(Guid.NewGuid(), "Ready?", body, "Book now", null, "Primary"));

        Assert.That(CtaBody().Match(html).Groups[1].Value, Is.EqualTo(expected));
    }

    [TestCase("Book at {{clinic.bookingUrl}}", "Go to {{clinic.bookingUrl}}", "Book at our online booking page", "Go to our online booking page")]
    [TestCase("{{clinic.name}}", "Book", "Booking Clinic", "Book")]
    public async Task In_a_heading_or_button_label_the_booking_token_is_the_words_alone(string heading, string button, string shownHeading, string shownButton)
    {
        var html = await HomePageAsync("https://booking-clinic.test/book", new CallToAction(Guid.NewGuid(), heading, "", button, null, "Primary"));

        Assert.That(html, Does.Contain($"<h2 class=\"cta-heading\">{shownHeading}</h2>"));
        Assert.That(html, Does.Contain($">{shownButton}</a>"));
        Assert.That(html, Does.Not.Contain("class=\"cta-body\""), "an empty body leaves no empty paragraph");
    }

    private static async Task<string> HomePageAsync(string bookingUrl, CallToAction cta)
    {
        var clinic = TestContent.Clinic("Booking Clinic", Host, 0) with { BookingUrl = bookingUrl, DefaultCallToAction = cta };
        var source = new InMemoryContentSource(new ContentLibrary([], [], [clinic], ShippedContent.Library.Dictionary));
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Services.AddSingleton<IContentSource>(source));
        using var response = await head.GetAsync(Host, "/");
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<p class=\"cta-body\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex CtaBody();
}
