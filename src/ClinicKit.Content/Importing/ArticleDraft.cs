using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClinicKit.Content.Authoring;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Importing;

/// <summary>What importing one post produced: the unpublished article and what the agency should know about it.</summary>
public sealed record ImportedArticle(ContentNode Article, int Paragraphs, int Claims, IReadOnlyList<string> Warnings);

/// <summary>Turns a parsed post into an unpublished library article: text becomes rich text blocks, and every sentence that makes
/// a medical claim becomes a claim block with no citation, so <c>clinickit audit</c> lists it until someone adds a source.</summary>
public static class ArticleDraft
{
    public const string QualifierPlaceholder = "[Needs a source: pick the citation that supports this, then say what it does not show.]";

    public static ImportedArticle Build(ParsedPost post, ContentNode library, int sortOrder, string sourceName, DateTime now)
    {
        var key = DeterministicKeys.For("import", post.Title);
        var blocks = new List<BlockItem>();
        var html = new StringBuilder();
        var claims = 0;
        var index = 0;
        Guid NextKey() => DeterministicKeys.For("import", post.Title, "block", (index++).ToString(System.Globalization.CultureInfo.InvariantCulture));

        void FlushText()
        {
            if (html.Length > 0)
            {
                blocks.Add(new BlockItem(DocumentTypes.RichTextBlock.Key, NextKey(),
                    [ContentNodes.Value(Props.Text, new RichTextValue(html.ToString(), BlockValue.Empty).ToNode())]));
                html.Clear();
            }
        }

        void AddClaim(string sentence, ClaimKind kind)
        {
            FlushText();
            claims++;
            blocks.Add(new BlockItem(DocumentTypes.ClaimBlock.Key, NextKey(),
            [
                ContentNodes.Value(Props.Statement, sentence),
                ContentNodes.Value(Props.Citations, ""),
                ContentNodes.Value(Props.ClaimType, new JsonArray(JsonValue.Create(kind.ClaimType))),
                ContentNodes.Value(Props.EvidenceStrength, new JsonArray()),
                ContentNodes.Value(Props.Qualifier, QualifierPlaceholder),
            ]));
        }

        var inList = false;
        foreach (var block in post.Blocks)
        {
            if (block.Kind != PostBlockKind.ListItem && inList)
            {
                html.Append("</ul>");
                inList = false;
            }

            if (block.Kind == PostBlockKind.Heading)
            {
                if (ClaimDetection.Current.Match(block.Text, isHeading: true) is { } headingRule)
                {
                    AddClaim(block.Text, headingRule);
                }
                else
                {
                    html.Append("<h2>").Append(WebUtility.HtmlEncode(block.Text)).Append("</h2>");
                }

                continue;
            }

            var plain = new List<string>();
            void FlushSentences()
            {
                if (plain.Count == 0)
                {
                    return;
                }

                var text = WebUtility.HtmlEncode(string.Join(" ", plain));
                if (block.Kind == PostBlockKind.ListItem)
                {
                    if (!inList)
                    {
                        html.Append("<ul>");
                        inList = true;
                    }

                    html.Append("<li>").Append(text).Append("</li>");
                }
                else
                {
                    html.Append("<p>").Append(text).Append("</p>");
                }

                plain.Clear();
            }

            foreach (var sentence in Sentences.Split(block.Text))
            {
                if (ClaimDetection.Current.Match(sentence) is { } rule)
                {
                    FlushSentences();
                    if (inList)
                    {
                        html.Append("</ul>");
                        inList = false;
                    }

                    AddClaim(sentence, rule);
                }
                else
                {
                    plain.Add(sentence);
                }
            }

            FlushSentences();
        }

        if (inList)
        {
            html.Append("</ul>");
        }

        FlushText();
        var summary = Summary(post);
        var article = ContentNodes.Create(key, post.Title, DocumentTypes.Article.Alias, library, sortOrder, published: false, now)
            .Set(Props.Body, ContentNodes.BlockList(blocks))
            .Set(Props.CallToAction, "")
            .Set(Props.LastReviewed, "")
            .Set(Props.MetaDescription, Cut(summary, 160))
            .Set(Props.MetaTitle, Cut(post.Title, 60))
            .Set(Props.NextReviewDue, "")
            .Set(Props.NoIndex, "0")
            .Set(Props.ReviewedBy, "")
            .Set(Props.Summary, summary)
            .Set(Props.Title, post.Title)
            .Set(Props.Topics, "");
        var warnings = post.Warnings.Append($"imported from {sourceName}; unpublished until a clinician reviews it and every claim has a source").ToList();
        return new ImportedArticle(article, post.Blocks.Count(b => b.Kind != PostBlockKind.Heading), claims, warnings);
    }

    /// <summary>The first paragraph, cut at a word to about two sentences' length.</summary>
    private static string Summary(ParsedPost post) =>
        Cut(post.Blocks.FirstOrDefault(b => b.Kind == PostBlockKind.Paragraph)?.Text ?? post.Title, 200);

    private static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text[..(max - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
