using System.Text;

namespace ClinicKit.Content.Library;

/// <summary>The clinic tokens a call to action may use, so one block says each clinic's own name and phone.</summary>
/// <remarks>A token is <c>{{</c>, then anything but braces, then <c>}}</c>; its name is what is inside, without the spaces
/// around it. It is found by a scan that looks at each character a bounded number of times, not by a regex: a backtracking
/// pattern for the same shape took minutes on <c>{{</c> followed by a few thousand spaces, at every render.</remarks>
public static class ClinicTokens
{
    private static readonly char[] Braces = ['{', '}'];

    public const string BookingUrl = "clinic.bookingUrl";

    public static IReadOnlyList<string> Known { get; } = ["clinic.name", "clinic.phone", "clinic.city", "clinic.email", BookingUrl];

    /// <summary>The tokens in a text that ClinicKit does not know, as written (for example <c>{{clinic.fax}}</c>).</summary>
    public static IEnumerable<string> Unknown(string? text)
    {
        // Stryker disable once String : equivalent, any text without "{{" has no tokens, so null reads like every such text
        var source = text ?? "";
        return Find(source).Where(t => !Known.Contains(t.Name)).Select(t => source[t.Start..t.End]).ToList();
    }

    /// <summary>Replaces the tokens with the clinic's values. The result is plain text for the views to encode, so a clinic
    /// value never becomes markup; an unknown token stays as written, so an editor sees the typo (and validation reports it).</summary>
    public static string Replace(string? text, ClinicSite clinic) => string.Concat(Split(text, clinic).Select(p => p.Text));

    /// <summary>The text in order, cut at each known token: a part is text as written (<see cref="Part.Token"/> null) or a
    /// token's value, named, so a view can show a value its own way (the booking URL as a link, not as a raw address).</summary>
    public static IReadOnlyList<Part> Split(string? text, ClinicSite clinic)
    {
        var source = text ?? "";
        var parts = new List<Part>();
        var written = new StringBuilder();
        var copied = 0;
        foreach (var (start, end, name) in Find(source))
        {
            written.Append(source, copied, start - copied);
            copied = end;
            var value = ValueOf(name, clinic);
            if (value is null)
            {
                written.Append(source, start, end - start);
                continue;
            }

            if (written.Length > 0)
            {
                parts.Add(new Part(written.ToString(), null));
                written.Clear();
            }

            parts.Add(new Part(value, name));
        }

        written.Append(source, copied, source.Length - copied);
        if (written.Length > 0)
        {
            parts.Add(new Part(written.ToString(), null));
        }

        return parts;
    }

    /// <summary>A piece of a text: as written, or the value of the known token <see cref="Token"/> (for example <c>clinic.bookingUrl</c>).</summary>
    public sealed record Part(string Text, string? Token);

    private static string? ValueOf(string name, ClinicSite clinic) => name switch
    {
        "clinic.name" => clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name,
        "clinic.phone" => clinic.Phone,
        "clinic.city" => clinic.City,
        "clinic.email" => clinic.Email,
        BookingUrl => clinic.BookingUrl,
        _ => null,
    };

    /// <summary>Each token, leftmost first and never overlapping. After an opening <c>{{</c> the first brace decides: <c>}}</c>
    /// closes the token; anything else means this <c>{{</c> opens none, and the search goes on from its second brace.</summary>
    private static List<(int Start, int End, string Name)> Find(string text)
    {
        var tokens = new List<(int, int, string)>();
        var open = text.IndexOf("{{", StringComparison.Ordinal);
        while (open != -1)
        {
            var brace = text.IndexOfAny(Braces, open + 2);
            if (brace != -1 && text[brace] == '}' && brace + 1 < text.Length && text[brace + 1] == '}')
            {
                tokens.Add((open, brace + 2, text[(open + 2)..brace].Trim()));
                open = text.IndexOf("{{", brace + 2, StringComparison.Ordinal);
            }
            else
            {
                open = text.IndexOf("{{", open + 1, StringComparison.Ordinal);
            }
        }

        return tokens;
    }
}
