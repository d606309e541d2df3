using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;

namespace ClinicKit.Content.Library;

/// <summary>The source-neutral reader: builds the library model's blocks, calls to action and reviews from values a
/// source has decoded (<see cref="IContentFields"/>), so claims are numbered, cited and checked by the same code whichever
/// source the head reads.</summary>
public static class LibraryBuilder
{
    /// <summary>The body's rendered blocks in layout order, claims numbered through the whole body.</summary>
    public static IReadOnlyList<ArticleBlock> Body(IReadOnlyList<ContentElement> body)
    {
        var claims = ClaimReader.Read(body).DistinctBy(c => c.BlockKey).ToDictionary(c => c.BlockKey);
        var blocks = new List<ArticleBlock>();
        foreach (var block in body.Where(b => b.Rendered))
        {
            if (block.ContentTypeKey == DocumentTypes.RichTextBlock.Key)
            {
                blocks.Add(new RichTextBlock(block.Key, block.Fields.RichText(Props.Text)));
            }
            else if (block.ContentTypeKey == DocumentTypes.ClaimBlock.Key && claims.TryGetValue(block.Key, out var claim))
            {
                blocks.Add(new ClaimBlock(claim));
            }
            else if (block.ContentTypeKey == DocumentTypes.CtaBlock.Key)
            {
                blocks.Add(new CtaBlock(CallToAction(block)));
            }
            else if (block.ContentTypeKey == DocumentTypes.SafetyBlock.Key)
            {
                var points = ClaimRuleSet.Current.SafetyBlock.Sections
                    .SelectMany(section => block.Fields.Blocks(section))
                    .Select(p => claims.GetValueOrDefault(p.Key))
                    .OfType<Claim>()
                    .ToList();
                blocks.Add(new SafetyBlock(block.Key, block.Fields.Text(Props.Heading), points));
            }
        }

        return blocks;
    }

    /// <summary>The first rendered CTA block of a call-to-action property, or null when it has none.</summary>
    public static CallToAction? CallToAction(IReadOnlyList<ContentElement> blocks) =>
        blocks.Where(b => b.Rendered && b.ContentTypeKey == DocumentTypes.CtaBlock.Key).Select(CallToAction).FirstOrDefault();

    public static CallToAction CallToAction(ContentElement block) => new(
        block.Key,
        block.Fields.Text(Props.Heading),
        block.Fields.Text(Props.Body),
        block.Fields.Text(Props.ButtonLabel),
        block.Fields.Link(Props.Link),
        block.Fields.Choice(Props.Style));
}
