using System.Text.Encodings.Web;
using System.Text.Unicode;
using AngleSharp.Dom;
using AngleSharp.Html;
using Ganss.Xss;

namespace ClinicKit.Web.Security;

/// <summary>Keeps only the rich text a clinic article needs: HtmlSanitizer (Ganss.Xss) held to ClinicKit's allow-list.</summary>
/// <remarks>HtmlSanitizer parses the markup the way a browser does (AngleSharp follows the HTML standard) and writes out the
/// tree it kept, so nothing of the input is copied through as text. Allowed elements keep no attributes except a link's
/// href (http, https, mailto, tel or relative, checked again by <see cref="SafeUrl"/>) and title; a link that leaves the
/// site gets <c>rel="noopener noreferrer"</c>. Active content and anything outside the HTML namespace goes with everything
/// inside it; any other element is replaced by its content; comments go.</remarks>
public static class RichTextSanitizer
{
    private static readonly string[] AllowedTags =
        ["p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "a", "blockquote", "br", "code"];

    /// <summary>HTML elements whose content is not text for the reader (or is active content), dropped whole.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "template",
        "noscript", "noembed", "noframes", "xmp", "plaintext", "textarea", "select", "option", "button", "input",
        "title", "head", "link", "meta", "base", "audio", "video", "canvas", "portal", "dialog",
    };

    // One instance for every request: the library documents Sanitize as thread-safe once the instance is configured.
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        // Empty() rather than the library's defaults, so that nothing is allowed unless it is listed here.
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(AllowedTags);
        options.AllowedAttributes.UnionWith(["href", "title"]);
        options.UriAttributes.Add("href");
        options.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);

        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true, OutputFormatter = new RazorEncodingFormatter() };
        sanitizer.RemovingTag += DropActiveContentWhole;
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = SafeUrl.Clean(e.SanitizedUrl);
        sanitizer.PostProcessNode += KeepOnlyLinkAttributes;
        return sanitizer;
    }

    /// <remarks>SVG and MathML go whole, by namespace rather than by name: their parsing rules differ from HTML's, which
    /// is where namespace-confusion (mXSS) attacks live.</remarks>
    private static void DropActiveContentWhole(object? sender, RemovingTagEventArgs e)
    {
        if (DroppedWithContent.Contains(e.Tag.LocalName) || e.Tag.NamespaceUri != NamespaceNames.HtmlUri)
        {
            e.Tag.Remove();
            e.Cancel = true;
        }
    }

    /// <remarks>The library allows attributes on every element alike; ours belong on links alone. rel is ours to set,
    /// never the editor's (<c>rel="opener"</c> would hand the linked page a reference to this one).</remarks>
    private static void KeepOnlyLinkAttributes(object? sender, PostProcessNodeEventArgs e)
    {
        if (e.Node is not IElement { Attributes.Length: > 0 } element)
        {
            return;
        }

        var isLink = element.LocalName == "a";
        var href = isLink ? element.GetAttribute("href") : null;
        var title = isLink ? element.GetAttribute("title") : null;
        foreach (var name in element.Attributes.Select(a => a.Name).ToList())
        {
            element.RemoveAttribute(name);
        }

        if (href is not null)
        {
            element.SetAttribute("href", href);
            if (SafeUrl.IsExternal(href))
            {
                element.SetAttribute("rel", "noopener noreferrer");
            }
        }

        if (title is { Length: > 0 })
        {
            element.SetAttribute("title", title);
        }
    }

    /// <summary>Writes text and attribute values with the encoder Razor uses for the rest of the page
    /// (<c>Hosting/ClinicKitServices</c>): letters of any script as they are, characters that mean something in HTML
    /// encoded.</summary>
    private sealed class RazorEncodingFormatter : HtmlMarkupFormatter
    {
        private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

        public override string Text(ICharacterData text) => Encoder.Encode(text.Data);

        protected override string Attribute(IAttr attribute) => $"{attribute.Name}=\"{Encoder.Encode(attribute.Value)}\"";
    }
}
