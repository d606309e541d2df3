using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace ClinicKit.Web.Caching;

/// <summary>The content codings the head stores its responses in.</summary>
public enum ContentCoding
{
    Identity,
    Brotli,
    Gzip,
}

/// <summary>Picks the coding a client gets from its <c>Accept-Encoding</c> (RFC 9110 §12.5.3): the highest q-value among the
/// forms the response has; on a tie Brotli, then gzip, then the body as it is. A coding with <c>q=0</c> is refused, <c>*</c>
/// stands for every coding the header does not name, and no header means the body as it is.</summary>
/// <remarks>One pass over the header, no allocation: it runs on every request for a cached page or file.</remarks>
public static class ContentCodingNegotiation
{
    public const string BrotliToken = "br";
    public const string GzipToken = "gzip";

    public static ContentCoding Choose(StringValues acceptEncoding, CompressedForms forms)
    {
        if (acceptEncoding.Count == 0)
        {
            return ContentCoding.Identity;
        }

        double brotli = -1, gzip = -1, identity = -1, any = -1;
        foreach (var value in acceptEncoding)
        {
            var rest = (value ?? "").AsSpan();
            while (rest.Length > 0)
            {
                var comma = rest.IndexOf(',');
                var item = (comma < 0 ? rest : rest[..comma]).Trim();
                rest = comma < 0 ? default : rest[(comma + 1)..];
                if (item.Length == 0)
                {
                    continue;
                }

                var semicolon = item.IndexOf(';');
                var token = (semicolon < 0 ? item : item[..semicolon]).Trim();
                var q = semicolon < 0 ? 1 : QValue(item[(semicolon + 1)..]);
                if (token.Equals(BrotliToken, StringComparison.OrdinalIgnoreCase))
                {
                    brotli = Math.Max(brotli, q);
                }
                else if (token.Equals(GzipToken, StringComparison.OrdinalIgnoreCase) || token.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
                {
                    gzip = Math.Max(gzip, q);
                }
                else if (token.Equals("identity", StringComparison.OrdinalIgnoreCase))
                {
                    identity = Math.Max(identity, q);
                }
                else if (token is "*")
                {
                    any = Math.Max(any, q);
                }
            }
        }

        brotli = forms.Brotli is null ? 0 : brotli < 0 ? Math.Max(any, 0) : brotli;
        gzip = forms.Gzip is null ? 0 : gzip < 0 ? Math.Max(any, 0) : gzip;
        // The body as it is stays acceptable unless refused by name, or by "*;q=0" without naming it.
        identity = identity < 0 ? (any == 0 ? 0 : 0.001) : identity;

        if (brotli > 0 && brotli >= gzip && brotli >= identity)
        {
            return ContentCoding.Brotli;
        }

        return gzip > 0 && gzip >= identity ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    /// <summary>The <c>q</c> parameter of one entry (1 when absent or unreadable, so a malformed weight never refuses a coding).</summary>
    private static double QValue(ReadOnlySpan<char> parameters)
    {
        while (parameters.Length > 0)
        {
            var semicolon = parameters.IndexOf(';');
            var parameter = (semicolon < 0 ? parameters : parameters[..semicolon]).Trim();
            parameters = semicolon < 0 ? default : parameters[(semicolon + 1)..];
            if (parameter.Length > 2 && (parameter[0] is 'q' or 'Q') && parameter[1] == '='
                && double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q))
            {
                return Math.Clamp(q, 0, 1);
            }
        }

        return 1;
    }

    public static string? HeaderValue(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => BrotliToken,
        ContentCoding.Gzip => GzipToken,
        _ => null,
    };
}
