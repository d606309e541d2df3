using System.Globalization;
using System.Text.RegularExpressions;
using ClinicKit.Content.Usync;

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
    string CtaText,
    string Address = "",
    string OpeningHours = "",
    string Treatments = "")
{
    public const int MaxTreatmentName = 80;

    /// <summary>The treatments named in <see cref="Treatments"/> (comma-separated), each of which gets a draft treatment page.</summary>
    public IReadOnlyList<string> TreatmentNames =>
        Treatments.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every article in the library, in library order.</summary>
    public bool AllArticles => ArticleSlugs is null;

    /// <summary>Phone numbers have between 7 (a local number) and 15 (the most E.164 allows) digits.</summary>
    public const int MinPhoneDigits = 7;

    public const int MaxPhoneDigits = 15;

    public IEnumerable<string> Problems()
    {
        // A control character cannot be written to uSync's XML and means nothing on a page: checked first, for every value.
        var values = new[] { ("--name", Name), ("--domain", Domain), ("--city", City), ("--phone", Phone), ("--email", Email),
            ("--booking-url", BookingUrl), ("--brand-color", BrandColor), ("--cta-text", CtaText), ("--address", Address),
            ("--opening-hours", OpeningHours), ("--treatments", Treatments) }
            .Concat((ArticleSlugs ?? []).Select(slug => ("--articles", slug)));
        var unprintable = values.Select(v => (Option: v.Item1, At: FirstUnprintable(v.Item2))).Where(v => v.At is not null).ToList();
        foreach (var (option, at) in unprintable)
        {
            yield return $"{option} contains the control character {at}; give plain text";
        }

        if (unprintable.Count > 0)
        {
            yield break;
        }

        if (Name.Trim().Length == 0)
        {
            yield return "--name is empty";
        }

        if (!IsHostName(Domain))
        {
            yield return $"--domain '{Domain}' is not a host name (for example newclinic.example or newclinic.test)";
        }

        if (City.Trim().Length == 0)
        {
            yield return "--city is empty";
        }

        if (PhoneProblem(Phone) is { } phone)
        {
            yield return $"--phone '{Phone}' {phone}";
        }

        if (!IsEmailAddress(Email))
        {
            yield return $"--email '{Email}' is not an email address (for example hello@newclinic.example)";
        }

        if (!Uri.TryCreate(BookingUrl, UriKind.Absolute, out var booking) || booking.Scheme is not ("http" or "https"))
        {
            yield return $"--booking-url '{BookingUrl}' is not an http(s) address";
        }
        else if (string.Equals(booking.Host, Domain, StringComparison.OrdinalIgnoreCase) && booking.AbsolutePath.Trim('/').Length > 0)
        {
            yield return $"--booking-url '{BookingUrl}' is a page on the clinic's own site that ClinicKit does not serve; give the booking system's address";
        }

        if (OpeningHours.Trim().Length > 0)
        {
            foreach (var problem in OpeningHoursText.Parse(OpeningHours).Problems)
            {
                yield return $"--opening-hours: {problem}";
            }
        }

        foreach (var treatment in TreatmentNames)
        {
            if (treatment.Length > MaxTreatmentName)
            {
                yield return $"--treatments: '{treatment[..20]}...' is {treatment.Length} characters; a treatment name has up to {MaxTreatmentName}";
            }
            else if (UsyncFileNames.UrlSegment(treatment).Length == 0)
            {
                yield return $"--treatments: '{treatment}' has no letters or digits to make a URL from";
            }
        }

        foreach (var twice in TreatmentNames.GroupBy(UsyncFileNames.UrlSegment, StringComparer.OrdinalIgnoreCase).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            yield return $"--treatments names '{twice.First()}' twice";
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

    /// <summary>What is wrong with a phone number as patients would dial it, or null: digits, spaces and <c>+ ( ) - .</c>
    /// only, a '+' only in front, and a sensible number of digits.</summary>
    public static string? PhoneProblem(string phone)
    {
        var other = phone.FirstOrDefault(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '(' or ')' or '-' or '.'));
        if (other != default)
        {
            return $"may hold only digits, spaces and + ( ) - . (not '{other}')";
        }

        var plus = phone.LastIndexOf('+');
        if (plus >= 0 && plus != phone.Length - phone.TrimStart().Length)
        {
            return "may have a '+' only in front";
        }

        var digits = phone.Count(char.IsAsciiDigit);
        return digits is < MinPhoneDigits or > MaxPhoneDigits ? $"has {digits} digits; a phone number has {MinPhoneDigits} to {MaxPhoneDigits}" : null;
    }

    /// <summary>A host name as DNS allows it: labels of letters, digits and inner hyphens, up to 63 characters each and
    /// 253 in all, and a top-level label that starts with a letter.</summary>
    public static bool IsHostName(string host) => host.Length is > 0 and <= 253 && HostName().IsMatch(host);

    /// <summary>An address as RFC 5322 writes it without quoting (dot-atom local part, at most 64 characters) at a host name.</summary>
    public static bool IsEmailAddress(string email)
    {
        var at = email.LastIndexOf('@');
        return at is > 0 and <= 64 && email.Length <= 254 && LocalPart().IsMatch(email[..at]) && IsHostName(email[(at + 1)..].ToLowerInvariant());
    }

    /// <summary>The first character that is not printable text (a control character, or half of a surrogate pair), as U+XXXX.</summary>
    private static string? FirstUnprintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsControl(text[i]) || char.IsSurrogate(text[i]) || text[i] is '\uFFFE' or '\uFFFF')
            {
                return $"U+{(int)text[i]:X4}";
            }
        }

        return null;
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

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$", RegexOptions.NonBacktracking)]
    private static partial Regex HostName();

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$", RegexOptions.NonBacktracking)]
    private static partial Regex LocalPart();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
