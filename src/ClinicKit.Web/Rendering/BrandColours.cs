using System.Globalization;
using System.Text.Json;

namespace ClinicKit.Web.Rendering;

/// <summary>Turns a clinic's brand colour into the CSS custom properties of <c>/clinic.css</c>, readable whatever the colour.</summary>
/// <remarks>Only a hex colour ever reaches the stylesheet (anything else falls back to the default), so a content value cannot
/// inject CSS. Text colours are chosen for WCAG AA contrast (4.5:1) against the colour they sit on.</remarks>
public static class BrandColours
{
    public const string Default = "#1f4e79";

    public sealed record Palette(string Brand, string OnBrand, string Ink, string Soft);

    /// <summary>The colour as <c>#rrggbb</c>: from "#1F4E79", "1F4E79", "#abc", or the color picker's <c>{"value": ...}</c>.</summary>
    public static string Normalize(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(text);
                text = json.RootElement.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";
            }
            catch (JsonException)
            {
                text = "";
            }
        }

        text = text.TrimStart('#');
        if (text.Length == 3 && text.All(char.IsAsciiHexDigit))
        {
            text = string.Concat(text.Select(c => $"{c}{c}"));
        }

        return text.Length == 6 && text.All(char.IsAsciiHexDigit) ? "#" + text.ToLowerInvariant() : Default;
    }

    public static Palette For(string? brandColor)
    {
        var brand = Normalize(brandColor);
        var rgb = Parse(brand);

        // Black or white, whichever reads better: one of them always reaches 4.5:1 on any colour.
        var onBrand = Contrast(rgb, (255, 255, 255)) >= Contrast(rgb, (0, 0, 0)) ? "#ffffff" : "#000000";

        // Links and accents sit on white and on the soft tint; darken the brand until it reads on the tint (and so on white).
        var soft = Mix(rgb, (255, 255, 255), 0.92);
        var ink = rgb;
        for (var i = 0; i < 40 && Contrast(ink, soft) < 4.5; i++)
        {
            ink = Mix(ink, (0, 0, 0), 0.1);
        }

        return new Palette(brand, onBrand, Hex(ink), Hex(soft));
    }

    public static string Stylesheet(Palette p) =>
        $":root{{--brand:{p.Brand};--on-brand:{p.OnBrand};--brand-ink:{p.Ink};--brand-soft:{p.Soft}}}\n";

    public static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((int R, int G, int B) c)
    {
        static double Channel(int v)
        {
            var s = v / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(c.R)) + (0.7152 * Channel(c.G)) + (0.0722 * Channel(c.B));
    }

    private static (int R, int G, int B) Parse(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static (int R, int G, int B) Mix((int R, int G, int B) a, (int R, int G, int B) b, double amount) => (
        (int)Math.Round(a.R + ((b.R - a.R) * amount)),
        (int)Math.Round(a.G + ((b.G - a.G) * amount)),
        (int)Math.Round(a.B + ((b.B - a.B) * amount)));

    private static string Hex((int R, int G, int B) c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";
}
