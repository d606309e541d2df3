using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClinicKit.Web.Security;

/// <summary>Keeps only the rich text a clinic article needs, by rebuilding the markup from an allow-list.</summary>
/// <remarks>The markup is parsed the way a browser parses it (AngleSharp follows the HTML standard), then written out
/// element by element: allowed elements keep only allowed attributes, dangerous elements go with everything inside them,
/// and any other element is replaced by its content. Nothing of the input is copied through as text, so there is no
/// parser difference to exploit between this and the browser.</remarks>
public static class RichTextSanitizer
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "a", "blockquote", "br", "code",
    };

    /// <summary>Elements whose content is not text for the reader (or is active content), dropped whole.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "svg", "math", "template",
        "noscript", "noembed", "noframes", "xmp", "plaintext", "textarea", "select", "option", "button", "input",
        "title", "head", "link", "meta", "base", "audio", "video", "canvas", "portal", "dialog",
    };

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "br" };

    // Letters of any script stay as they are; only characters that mean something in HTML are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true });

    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var document = Parser.ParseDocument("<!doctype html><html><body></body></html>");
        var nodes = Parser.ParseFragment(html, document.Body!);
        var output = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            Write(node, output);
        }

        return output.ToString();
    }

    private static void Write(INode node, StringBuilder output)
    {
        switch (node)
        {
            case IText text:
                output.Append(Encoder.Encode(text.Data));
                break;
            case IElement element:
                WriteElement(element, output);
                break;

            // Comments, processing instructions and doctypes are never content.
        }
    }

    private static void WriteElement(IElement element, StringBuilder output)
    {
        var name = element.LocalName;
        if (DroppedWithContent.Contains(name) || element.NamespaceUri is not (null or "http://www.w3.org/1999/xhtml"))
        {
            return;
        }

        if (!Allowed.Contains(name))
        {
            WriteChildren(element, output);
            return;
        }

        output.Append('<').Append(name);
        if (name == "a")
        {
            WriteLinkAttributes(element, output);
        }

        output.Append('>');
        if (VoidElements.Contains(name))
        {
            return;
        }

        WriteChildren(element, output);
        output.Append("</").Append(name).Append('>');
    }

    private static void WriteChildren(IElement element, StringBuilder output)
    {
        foreach (var child in element.ChildNodes)
        {
            Write(child, output);
        }
    }

    private static void WriteLinkAttributes(IElement link, StringBuilder output)
    {
        if (SafeUrl.Clean(link.GetAttribute("href")) is { } href)
        {
            output.Append(" href=\"").Append(Encoder.Encode(href)).Append('"');
            if (SafeUrl.IsExternal(href))
            {
                output.Append(" rel=\"noopener noreferrer\"");
            }
        }

        if (link.GetAttribute("title") is { Length: > 0 } title)
        {
            output.Append(" title=\"").Append(Encoder.Encode(title)).Append('"');
        }
    }
}
