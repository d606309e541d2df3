using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClinicKit.Content.Claims;
using Markdig;

namespace ClinicKit.Content.Importing;

/// <summary>Reads plain text, Markdown and HTML posts as a clinic's agency exports or copies them from an old site.</summary>
public static partial class PostParser
{
    /// <summary>Larger than any blog post; a bigger file is almost certainly not one.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static ParsedPost Parse(byte[] bytes, string fileName)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new PostUnreadableException($"the file is {bytes.Length / 1024} KB; posts over {MaxBytes / 1024} KB are not imported");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new PostUnreadableException("the file is not UTF-8 text");
        }

        if (text.Contains('\0'))
        {
            throw new PostUnreadableException("the file is binary, not text");
        }

        var warnings = new List<string>();
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var (htmlTitle, blocks) = extension switch
        {
            ".html" or ".htm" => FromHtml(text, warnings),
            ".md" or ".markdown" => FromHtml(Markdown.ToHtml(text, new MarkdownPipelineBuilder().DisableHtml().Build()), warnings),
            _ => (null, FromText(text, warnings)),
        };

        if (blocks.Count == 0)
        {
            throw new PostUnreadableException("the file has no text");
        }

        var title = htmlTitle ?? TakeTitle(blocks, warnings);
        return new ParsedPost(title, blocks, warnings);
    }

    private static List<PostBlock> FromText(string text, List<string> warnings)
    {
        var blocks = new List<PostBlock>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = Space().Replace(raw, " ").Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (IsBoilerplate(line))
            {
                warnings.Add($"left out \"{line}\" (page furniture, not article text)");
                continue;
            }

            var item = ListMarker().Match(line);
            blocks.Add(item.Success ? new PostBlock(PostBlockKind.ListItem, line[item.Length..].Trim())
                : IsHeading(line) ? new PostBlock(PostBlockKind.Heading, line.TrimEnd(':'))
                : new PostBlock(PostBlockKind.Paragraph, line));
        }

        return blocks;
    }

    private static (string? Title, List<PostBlock> Blocks) FromHtml(string html, List<string> warnings)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, iframe, object, embed, form, nav, header, footer, aside, svg, template").ToList())
        {
            warnings.Add($"left out a <{element.LocalName}> element");
            element.Remove();
        }

        var h1 = document.QuerySelector("h1");
        var title = Clean(h1?.TextContent) is { Length: > 0 } heading ? heading : Clean(document.Title) is { Length: > 0 } t ? t : null;
        h1?.Remove();

        var blocks = new List<PostBlock>();
        foreach (var element in document.QuerySelectorAll("h2, h3, h4, h5, h6, p, li, blockquote"))
        {
            if (element.Ancestors<IElement>().Any(a => a.LocalName is "li" or "blockquote" or "p"))
            {
                continue;
            }

            var text = Clean(element.TextContent);
            if (text.Length == 0)
            {
                continue;
            }

            blocks.Add(new PostBlock(element.LocalName switch
            {
                "li" => PostBlockKind.ListItem,
                "p" or "blockquote" => PostBlockKind.Paragraph,
                _ => PostBlockKind.Heading,
            }, text));
        }

        if (document.QuerySelectorAll("a[href]").Length > 0)
        {
            warnings.Add("links were not kept; add them again in the backoffice where they matter");
        }

        return (title, blocks.Count > 0 ? blocks : FromText(document.Body?.TextContent ?? "", warnings));
    }

    /// <summary>The first heading near the top that reads like a title; otherwise the first sentence, with a warning to edit it.</summary>
    private static string TakeTitle(List<PostBlock> blocks, List<string> warnings)
    {
        foreach (var block in blocks.Take(4))
        {
            if (block.Kind == PostBlockKind.Paragraph && block.Text.Split(' ').Length >= 20)
            {
                break;
            }

            var words = block.Text.Split(' ').Length;
            if (block.Kind == PostBlockKind.Heading && char.IsUpper(block.Text[0]) && (words >= 4 || block.Text.EndsWith('?')))
            {
                blocks.Remove(block);
                return block.Text;
            }
        }

        var first = Sentences.Split(blocks.First(b => b.Kind == PostBlockKind.Paragraph || blocks.All(x => x.Kind != PostBlockKind.Paragraph)).Text)[0];
        var title = first.Length <= 90 ? first.TrimEnd('.') : first[..89].TrimEnd() + "…";
        warnings.Add($"no title found; used \"{title}\" - edit it before publishing");
        return title;
    }

    private static bool IsHeading(string line) =>
        line.Split(' ').Length <= 12 && !line.EndsWith('.') && !line.EndsWith('!') && !line.EndsWith(',') && char.IsLetterOrDigit(line[0]);

    private static bool IsBoilerplate(string line) => Boilerplate().IsMatch(line) || Url().IsMatch(line) || Date().IsMatch(line);

    private static string Clean(string? text) => Space().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Space();

    /// <summary>A list marker and its spaces; the line is trimmed, so text always follows them.</summary>
    [GeneratedRegex(@"^([-*•]|\d{1,2}[.)])\s+", RegexOptions.NonBacktracking)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(top of page|bottom of page|post|posts|exit mobile version|written by|share|share this|site icon\b.*|skip to content|menu|home|read more|back to top|.*\b\d+ (minutes?|months?|days?|years?) ago\b.*)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"^https?://\S+$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Url();

    [GeneratedRegex(@"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Date();
}
