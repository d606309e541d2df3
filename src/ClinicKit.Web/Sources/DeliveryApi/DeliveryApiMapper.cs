using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Turns Delivery API items into the same ClinicKit.Content records the uSync source produces: each item's
/// properties are decoded by <see cref="ApiFields"/> and its blocks, calls to action and pages built by the source-neutral
/// readers (<see cref="LibraryBuilder"/>, <see cref="PatientPageReader"/>).</summary>
internal static class DeliveryApiMapper
{
    public static Citation Citation(ApiItem item)
    {
        var p = new ApiFields(item.Properties);
        return new Citation(
            item.Id,
            p.Text(Props.Title),
            p.Text(Props.Authors),
            p.Text(Props.Publication),
            p.Number(Props.Year),
            p.Text(Props.Url),
            p.Text(Props.Doi),
            p.Text(Props.Pmid),
            p.Choice(Props.SourceType),
            p.Date(Props.LastVerified),

            // The Delivery API serves published content only (drafts only to a preview head, which shows them).
            CitationState.Published);
    }

    public static Article Article(ApiItem item)
    {
        var p = new ApiFields(item.Properties);
        var reviewer = Reviewer(p);
        return new Article(
            item.Id,
            item.Name,
            p.Text(Props.Title),
            p.Text(Props.Summary),
            LibraryBuilder.Body(p.Blocks(Props.Body)),
            p.Tags(Props.Topics),
            p.Seo(),
            ReviewerPicks.Review(p.Picks(Props.ReviewedBy), reviewer, p.Date(Props.LastReviewed), p.Date(Props.NextReviewDue)),
            reviewer,
            LibraryBuilder.CallToAction(p.Blocks(Props.CallToAction)),
            IsPublished: true,
            item.UpdateDate)
        {
            Image = p.Image(Props.Image),
        };
    }

    public static ClinicArticle ClinicArticle(ApiItem item, int sortOrder)
    {
        var p = new ApiFields(item.Properties);
        return new ClinicArticle(
            item.Id,
            item.Name,
            item.UrlSegment,
            ReviewerPicks.PickedKey(p.Picks(Props.Article)),
            p.Text(Props.IntroOverride),
            LibraryBuilder.CallToAction(p.Blocks(Props.CallToAction)),
            p.Seo(),
            IsPublished: true,
            sortOrder) { UpdateDate = item.UpdateDate };
    }

    public static ClinicSite ClinicSite(ApiItem root, IReadOnlyList<string> hosts, IReadOnlyList<ClinicArticle> articles, int sortOrder)
    {
        var p = new ApiFields(root.Properties);
        var strategy = p.Choice(Props.CanonicalStrategy);
        return new ClinicSite(
            root.Id,
            root.Name,
            p.Text(Props.ClinicName),
            p.Text(Props.Tagline),
            p.Text(Props.Phone),
            p.Text(Props.Email),
            p.Text(Props.Address),
            p.Text(Props.City),
            p.Text(Props.BookingUrl),
            p.Text(Props.BrandColor),
            strategy.Length > 0 ? strategy : Choices.CanonicalSelf,
            p.Seo(),
            LibraryBuilder.CallToAction(p.Blocks(Props.CallToAction)),
            hosts,
            articles,
            IsPublished: true,
            sortOrder)
        {
            UpdateDate = root.UpdateDate,
            HeroPromise = p.Text(Props.HeroPromise),
            HeroText = p.Text(Props.HeroText),
            Logo = p.Image(Props.Logo),
            Hero = p.Image(Props.HeroImage),
        };
    }

    /// <summary>A treatment, contact, legal or team page (null for any other child), read by the same reader as uSync content.</summary>
    public static PatientPage? PatientPage(ApiItem item, int sortOrder)
    {
        var p = new ApiFields(item.Properties);
        var reviewer = Reviewer(p);
        return PatientPageReader.Read(item.ContentType, item.Id, item.Name, item.UrlSegment, published: true, sortOrder,
            p, key => reviewer?.Key == key ? reviewer : null) is { } page
            ? page with { UpdateDate = item.UpdateDate }
            : null;
    }

    /// <summary>The reviewer a reviewer pick names. <c>MultiNodeTreePickerValueConverter.ConvertIntermediateToDeliveryApiObject</c>
    /// (Umbraco-CMS src/Umbraco.Core/PropertyEditors/ValueConverters/MultiNodeTreePickerValueConverter.cs) writes an array of
    /// <c>IApiContent</c>, unpublished picks left out, with properties only when the request expands the property; the head
    /// always asks for <c>properties[reviewedBy]</c>, so a pick without properties (or of another type) does not resolve.</summary>
    private static Reviewer? Reviewer(ApiFields p) =>
        p.PickedItems(Props.ReviewedBy).FirstOrDefault() is { IsShallow: false } item ? Reviewer(item) : null;

    /// <summary>A reviewer item, expanded in a pick or fetched on its own; null for an item of another type.</summary>
    public static Reviewer? Reviewer(ApiItem item)
    {
        if (item.ContentType != DocumentTypes.Reviewer.Alias)
        {
            return null;
        }

        var p = new ApiFields(item.Properties);
        return new Reviewer(item.Id, item.Name, p.Text(Props.Credentials), p.Text(Props.Role), p.Text(Props.Bio), p.Text(Props.ProfileUrl), p.Flag(Props.IsDemo))
        {
            Photo = p.Image(Props.Photo),
        };
    }
}
