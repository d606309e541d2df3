using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;

namespace ClinicKit.Content.Library;

/// <summary>The source-neutral reader: builds the library model from values a source has decoded (<see cref="IContentFields"/>),
/// so articles, claims and clinics are read by the same code whichever source the head reads. What only the source knows
/// (an item's key, name, URL segment, place in the tree, publish state, dates; which reviewer a pick resolves to) it passes in.</summary>
public static class LibraryBuilder
{
    public static Citation Citation(Guid key, IContentFields f, CitationState state) => new(
        key,
        f.Text(Props.Title),
        f.Text(Props.Authors),
        f.Text(Props.Publication),
        f.Number(Props.Year),
        f.Text(Props.Url),
        f.Text(Props.Doi),
        f.Text(Props.Pmid),
        f.Choice(Props.SourceType),
        f.Date(Props.LastVerified),
        state);

    public static Reviewer Reviewer(Guid key, string name, IContentFields f) =>
        new(key, name, f.Text(Props.Credentials), f.Text(Props.Role), f.Text(Props.Bio), f.Text(Props.ProfileUrl), f.Flag(Props.IsDemo))
        {
            Photo = f.Image(Props.Photo),
        };

    /// <param name="reviewers">The reviewer a pick's key names, as the source resolves it (published reviewers only).</param>
    public static Article Article(Guid key, string name, IContentFields f, Func<Guid?, Reviewer?> reviewers, bool published, DateTime? updateDate)
    {
        var picked = f.Picks(Props.ReviewedBy);
        var reviewer = reviewers(ReviewerPicks.PickedKey(picked));
        return new Article(
            key,
            name,
            f.Text(Props.Title),
            f.Text(Props.Summary),
            Body(f.Blocks(Props.Body)),
            f.Tags(Props.Topics),
            Seo(f),
            ReviewerPicks.Review(picked, reviewer, f.Date(Props.LastReviewed), f.Date(Props.NextReviewDue)),
            reviewer,
            CallToAction(f.Blocks(Props.CallToAction)),
            published,
            updateDate,
            f.Text(Props.Treatment))
        {
            Image = f.Image(Props.Image),
        };
    }

    public static ClinicArticle ClinicArticle(Guid key, string name, string slug, IContentFields f, bool published, int sortOrder, DateTime? updateDate) => new(
        key,
        name,
        slug,
        ReviewerPicks.PickedKey(f.Picks(Props.Article)),
        f.Text(Props.IntroOverride),
        CallToAction(f.Blocks(Props.CallToAction)),
        Seo(f),
        published,
        sortOrder) { UpdateDate = updateDate };

    /// <summary>A clinic site (its pages are added by the source, which knows its children).</summary>
    public static ClinicSite ClinicSite(Guid key, string name, IContentFields f, IReadOnlyList<string> hosts, IReadOnlyList<ClinicArticle> articles, bool published, int sortOrder, DateTime? updateDate) => new(
        key,
        name,
        f.Text(Props.ClinicName),
        f.Text(Props.Tagline),
        f.Text(Props.Phone),
        f.Text(Props.Email),
        f.Text(Props.Address),
        f.Text(Props.City),
        f.Text(Props.BookingUrl),
        f.Text(Props.BrandColor),
        f.Choice(Props.CanonicalStrategy) is { Length: > 0 } strategy ? strategy : Choices.CanonicalSelf,
        Seo(f),
        CallToAction(f.Blocks(Props.CallToAction)),
        hosts,
        articles,
        published,
        sortOrder)
    {
        UpdateDate = updateDate,
        HeroPromise = f.Text(Props.HeroPromise),
        HeroText = f.Text(Props.HeroText),
        Logo = f.Image(Props.Logo),
        Hero = f.Image(Props.HeroImage),
    };

    public static Seo Seo(IContentFields f) => new(f.Text(Props.MetaTitle), f.Text(Props.MetaDescription), f.Flag(Props.NoIndex));

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
