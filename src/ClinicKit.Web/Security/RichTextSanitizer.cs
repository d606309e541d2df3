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
        "script", "style", "iframe", "object", "applet", "form",
        "noscript", "noembed", "noframes", "xmp", "plaintext", "textarea", "select", "option", "button",
        "title", "audio", "video", "canvas", "portal", "dialog",
    };

    // Stryker disable String : equivalent, each of these goes the same way dropped whole or replaced by its content
    /// <summary>Active or page-level elements with no content to keep: void elements (embed, input, link, meta, base), a
    /// template (its markup is its content fragment, not its children), and head, frame and frameset, whose tags the parser
    /// ignores inside a body. Listed so that the list of what goes is whole, whatever a parser version does.</summary>
    private static readonly string[] NothingToKeep = ["embed", "input", "link", "meta", "base", "template", "head", "frame", "frameset"];
    // Stryker restore String

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
        if (DroppedWithContent.Contains(e.Tag.LocalName) || NothingToKeep.Contains(e.Tag.LocalName, StringComparer.OrdinalIgnoreCase)
            || e.Tag.NamespaceUri != NamespaceNames.HtmlUri)
        {
            e.Tag.Remove();
            // Stryker disable once Boolean : equivalent, the tag is out of the tree already, so the library's own removal finds nothing to move
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
