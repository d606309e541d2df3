using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicKit.Content.Authoring;

/// <summary>What an agency says about a new clinic; <see cref="Problems"/> lists what is wrong with it before anything is written.</summary>
public sealed partial record NewClinic(
    string Name,
    string Domain,
    string City,
    string Phone,
    string Email,
    string BookingUrl,
    string BrandColor,
    IReadOnlyList<string>? ArticleSlugs,
    string CtaText)
{
    /// <summary>Every article in the library, in library order.</summary>
    public bool AllArticles => ArticleSlugs is null;

    public IEnumerable<string> Problems()
    {
        if (Name.Trim().Length == 0)
        {
            yield return "--name is empty";
        }

        if (!HostName().IsMatch(Domain))
        {
            yield return $"--domain '{Domain}' is not a host name (for example newclinic.example or newclinic.test)";
        }

        if (City.Trim().Length == 0)
        {
            yield return "--city is empty";
        }

        if (!Regex.IsMatch(Phone, @"\d"))
        {
            yield return $"--phone '{Phone}' has no digits";
        }

        if (!EmailAddress().IsMatch(Email))
        {
            yield return $"--email '{Email}' is not an email address";
        }

        if (!Uri.TryCreate(BookingUrl, UriKind.Absolute, out var booking) || booking.Scheme is not ("http" or "https"))
        {
            yield return $"--booking-url '{BookingUrl}' is not an http(s) address";
        }
        else if (string.Equals(booking.Host, Domain, StringComparison.OrdinalIgnoreCase) && booking.AbsolutePath.Trim('/').Length > 0)
        {
            yield return $"--booking-url '{BookingUrl}' is a page on the clinic's own site that ClinicKit does not serve; give the booking system's address";
        }

        if (!Colour().IsMatch(BrandColor))
        {
            yield return $"--brand-color '{BrandColor}' is not a colour like #1F4E79";
        }
        else if (ContrastWithWhite(BrandColor) < 4.5)
        {
            yield return $"--brand-color {BrandColor} is too light for white text (contrast {ContrastWithWhite(BrandColor):0.0}:1, needs 4.5:1)";
        }
    }

    /// <summary>WCAG contrast ratio between the colour and white: the header and buttons put white text on the brand colour.</summary>
    public static double ContrastWithWhite(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        return 1.05 / (luminance + 0.05);
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")]
    private static partial Regex HostName();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailAddress();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
