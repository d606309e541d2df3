using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Hands Delivery API items to the source-neutral <see cref="LibraryBuilder"/> and <see cref="PatientPageReader"/>:
/// their properties as <see cref="ApiFields"/>, and what only the item says (key, name, route, update date) beside them.
/// Every item the Delivery API serves is published (drafts only to a preview head, which shows them).</summary>
internal static class DeliveryApiMapper
{
    public static Citation Citation(ApiItem item) => LibraryBuilder.Citation(item.Id, new ApiFields(item.Properties), CitationState.Published);

    public static Article Article(ApiItem item)
    {
        var fields = new ApiFields(item.Properties);
        return LibraryBuilder.Article(item.Id, item.Name, fields, PickedReviewer(fields), published: true, item.UpdateDate);
    }

    public static ClinicArticle ClinicArticle(ApiItem item, int sortOrder) =>
        LibraryBuilder.ClinicArticle(item.Id, item.Name, item.UrlSegment, new ApiFields(item.Properties), published: true, sortOrder, item.UpdateDate);

    public static ClinicSite ClinicSite(ApiItem root, IReadOnlyList<string> hosts, IReadOnlyList<ClinicArticle> articles, int sortOrder) =>
        LibraryBuilder.ClinicSite(root.Id, root.Name, new ApiFields(root.Properties), hosts, articles, published: true, sortOrder, root.UpdateDate);

    /// <summary>A treatment, contact, legal or team page (null for any other child).</summary>
    public static PatientPage? PatientPage(ApiItem item, int sortOrder)
    {
        var fields = new ApiFields(item.Properties);
        return PatientPageReader.Read(item.ContentType, item.Id, item.Name, item.UrlSegment, published: true, sortOrder, fields, PickedReviewer(fields)) is { } page
            ? page with { UpdateDate = item.UpdateDate }
            : null;
    }

    /// <summary>A reviewer item, expanded in a pick or fetched on its own; null for an item of another type.</summary>
    public static Reviewer? Reviewer(ApiItem item) =>
        item.ContentType == DocumentTypes.Reviewer.Alias ? LibraryBuilder.Reviewer(item.Id, item.Name, new ApiFields(item.Properties)) : null;

    /// <summary>The reviewer the item's reviewer pick names. <c>MultiNodeTreePickerValueConverter.ConvertIntermediateToDeliveryApiObject</c>
    /// (Umbraco-CMS src/Umbraco.Core/PropertyEditors/ValueConverters/MultiNodeTreePickerValueConverter.cs) writes an array of
    /// <c>IApiContent</c>, unpublished picks left out, with properties only when the request expands the property; the head
    /// always asks for <c>properties[reviewedBy]</c>, so a pick without properties (or of another type) does not resolve.</summary>
    private static Func<Guid?, Reviewer?> PickedReviewer(ApiFields fields)
    {
        var reviewer = fields.PickedItems(Props.ReviewedBy).FirstOrDefault() is { IsShallow: false } item ? Reviewer(item) : null;
        return key => reviewer?.Key == key ? reviewer : null;
    }
}
