using ClinicKit.Web.Rendering;

namespace ClinicKit.Web.Availability;

/// <summary>The clinic's own "temporarily unavailable" page: its layout, name and contact details, so a visitor can still
/// call the clinic while its content cannot be loaded.</summary>
public sealed class UnavailablePage : ClinicPage
{
    public string Heading => Labels["ClinicKit.Unavailable", "This page is temporarily unavailable"];

    public string Text => Labels["ClinicKit.UnavailableText", "We could not load this page just now. Please try again in a few minutes, or contact the clinic directly."];
}
