using ClinicKit.Web.Navigation;
using ClinicKit.Web.Rendering;

namespace ClinicKit.Web.Contact;

/// <summary>How to reach and find the clinic.</summary>
public sealed class ContactPage : ClinicPage
{
    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<Crumb> Breadcrumbs { get; init; }

    public required IReadOnlyList<HoursRow> OpeningHours { get; init; }

    /// <summary>A plain link to a map site; nothing is embedded, so the page loads no third-party code.</summary>
    public string? MapHref { get; init; }

    public required string Directions { get; init; }

    public string? BookingHref { get; init; }

    public string? MailtoHref { get; init; }
}

/// <summary>One line of opening hours as patients read it ("Monday to Thursday", "08:30 to 17:30").</summary>
public sealed record HoursRow(string Days, string Opens, string Closes);
