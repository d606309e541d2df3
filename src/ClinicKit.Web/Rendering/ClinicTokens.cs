using System.Text.RegularExpressions;
using ClinicKit.Content.Library;

namespace ClinicKit.Web.Rendering;

/// <summary>Replaces <c>{{clinic.name}}</c>-style tokens in CTA text with the clinic's own details.</summary>
/// <remarks>The result is plain text: the views HTML-encode it, so a clinic value can never become markup.
/// An unknown token stays as written, so an editor sees the typo on the page (and <c>clinickit validate</c> reports it).</remarks>
public static partial class ClinicTokens
{
    public static string Replace(string? text, ClinicSite clinic)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains("{{", StringComparison.Ordinal))
        {
            return text ?? "";
        }

        return Token().Replace(text, m => ValueOf(m.Groups[1].Value, clinic) ?? m.Value);
    }

    private static string? ValueOf(string name, ClinicSite clinic) => name.ToLowerInvariant() switch
    {
        "name" => clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name,
        "phone" => clinic.Phone,
        "city" => clinic.City,
        "email" => clinic.Email,
        "bookingurl" => clinic.BookingUrl,
        _ => null,
    };

    [GeneratedRegex(@"\{\{\s*clinic\.([A-Za-z]+)\s*\}\}")]
    private static partial Regex Token();
}
