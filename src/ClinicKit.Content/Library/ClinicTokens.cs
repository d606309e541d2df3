using System.Text.RegularExpressions;

namespace ClinicKit.Content.Library;

/// <summary>The clinic tokens a call to action may use, so one block says each clinic's own name and phone.</summary>
public static partial class ClinicTokens
{
    public static IReadOnlyList<string> Known { get; } = ["clinic.name", "clinic.phone", "clinic.city", "clinic.email", "clinic.bookingUrl"];

    /// <summary>The tokens in a text that ClinicKit does not know, as written (for example <c>{{clinic.fax}}</c>).</summary>
    public static IEnumerable<string> Unknown(string? text) =>
        Token().Matches(text ?? "").Where(m => !Known.Contains(m.Groups[1].Value)).Select(m => m.Value);

    /// <summary>Replaces the tokens with the clinic's values. The result is plain text for the views to encode, so a clinic
    /// value never becomes markup; an unknown token stays as written, so an editor sees the typo (and validation reports it).</summary>
    public static string Replace(string? text, ClinicSite clinic) =>
        Token().Replace(text ?? "", m => m.Groups[1].Value switch
        {
            "clinic.name" => clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name,
            "clinic.phone" => clinic.Phone,
            "clinic.city" => clinic.City,
            "clinic.email" => clinic.Email,
            "clinic.bookingUrl" => clinic.BookingUrl,
            _ => m.Value,
        });

    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}")]
    private static partial Regex Token();
}
