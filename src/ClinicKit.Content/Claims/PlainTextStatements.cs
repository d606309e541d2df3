using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Schema;

namespace ClinicKit.Content.Claims;

/// <summary>A sentence in an article's rich text that makes a medical claim, so it belongs in a claim block with a source.</summary>
/// <param name="Block">The rich text block's number among the article's rich text blocks, in layout order (1, 2, ...).</param>
public sealed record PlainTextStatement(int Block, Guid BlockKey, string Sentence, ClaimKind Kind);

/// <summary>Runs <see cref="ClaimDetection"/> over the rich text blocks of an article body, as DETECTION.md describes.</summary>
public static partial class PlainTextStatements
{
    /// <summary>The statements in the rich text blocks of a body, in layout order (as <see cref="ClaimReader"/> reads claims).</summary>
    public static IReadOnlyList<PlainTextStatement> Find(BlockValue body, ClaimDetection? detection = null) =>
        Find(body.ContentInLayoutOrder()
            .Where(b => b.ContentTypeKey == DocumentTypes.RichTextBlock.Key)
            .Select(b => (b.Key, RichTextValue.FromNode(b.Value(Props.Text)).Markup)), detection);

    /// <summary>The statements in rich text blocks given as (block key, markup), numbering the blocks 1, 2, ... in the order given.</summary>
    public static IReadOnlyList<PlainTextStatement> Find(IEnumerable<(Guid Key, string Markup)> richTextBlocks, ClaimDetection? detection = null)
    {
        // Stryker disable once Assignment : equivalent, no caller passes a detection of its own, so both forms read the shipped one
        detection ??= ClaimDetection.Current;
        var found = new List<PlainTextStatement>();
        var number = 0;
        foreach (var (key, markup) in richTextBlocks)
        {
            number++;
            foreach (var (text, isHeading) in Paragraphs(markup))
            {
                foreach (var sentence in isHeading ? [text] : Sentences.Split(text))
                {
                    if (detection.Match(sentence, isHeading) is { } kind)
                    {
                        found.Add(new PlainTextStatement(number, key, sentence, kind));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The text of each paragraph, list item and heading in rich text markup. Block-level tags end a paragraph; other
    /// tags (strong, a, ...) are dropped. A plain tokenizer rather than a DOM, so the backoffice's copy reads markup the same way.</summary>
    public static IReadOnlyList<(string Text, bool IsHeading)> Paragraphs(string markup)
    {
        var paragraphs = new List<(string, bool)>();
        var text = new StringBuilder();
        var heading = false;
        void End()
        {
            var clean = ClaimReader.Clean(WebUtility.HtmlDecode(text.ToString()));
            // Stryker disable once Equality : equivalent, an empty paragraph makes no claim
            if (clean.Length > 0)
            {
                paragraphs.Add((clean, heading));
            }

            text.Clear();
        }

        var at = 0;
        foreach (Match tag in Tag().Matches(markup))
        {
            text.Append(markup, at, tag.Index - at);
            at = tag.Index + tag.Length;
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (BlockTag().IsMatch(name))
            {
                End();
                heading = tag.Groups[1].Length == 0 && name is ['h', >= '1' and <= '6'];
            }
        }

        text.Append(markup, at, markup.Length - at);
        End();
        return paragraphs;
    }

    private static readonly Regex TagPattern = new(@"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>", RegexOptions.NonBacktracking);

    private static Regex Tag() => TagPattern;

    [GeneratedRegex(@"^(p|li|h[1-6]|blockquote|div|br|ul|ol|table|tr|td|th|section|article|figcaption|dd|dt|hr)$")]
    private static partial Regex BlockTag();
}
