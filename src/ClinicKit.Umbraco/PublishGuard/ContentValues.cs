using System.Globalization;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using Umbraco.Cms.Core.Models;
using Umbraco.Extensions;

namespace ClinicKit.Umbraco.PublishGuard;

/// <summary>Reads ClinicKit's property values from an Umbraco document, the draft or the published version.</summary>
internal static class ContentValues
{
    /// <summary>The cultures to check a property in: <c>null</c> (invariant) unless the property varies by culture.</summary>
    public static IReadOnlyList<string?> Cultures(IContent content, string alias, bool published)
    {
        if (Property(content, alias) is not { } property || !property.PropertyType.VariesByCulture())
        {
            return [null];
        }

        // Stryker disable once Conditional : equivalent, a culture that is available but not published has no published values, so the re-check finds nothing more in it
        var cultures = (published ? content.PublishedCultures : content.AvailableCultures).ToList();
        // Stryker disable once Conditional : equivalent for every document Umbraco publishes, which has at least one culture when it varies; a document without any is still checked once rather than not at all
        return cultures.Count == 0 ? [null] : cultures.Cast<string?>().ToList();
    }

    public static object? Raw(IContent content, string alias, string? culture, bool published)
    {
        if (Property(content, alias) is not { } property)
        {
            return null;
        }

        var forCulture = property.PropertyType.VariesByCulture() ? culture : null;
        return property.GetValue(forCulture, null, published);
    }

    public static string? Text(IContent content, string alias, string? culture, bool published) =>
        Raw(content, alias, culture, published) switch
        {
            null => null,
            string s => s,
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };

    /// <summary>A date property: Umbraco hands back a <see cref="DateTime"/>; text is read as the uSync files store it. Only the date counts.</summary>
    public static DateOnly? Date(IContent content, string alias, string? culture, bool published) =>
        Raw(content, alias, culture, published) switch
        {
            DateTime d => DateOnly.FromDateTime(d),
            DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
            DateOnly d => d,
            string s => UsyncLibraryReader.Date(s),
            _ => null,
        };

    public static ReviewDates Review(IContent content, string? culture, bool published) => new(
        Text(content, Props.ReviewedBy, culture, published),
        Date(content, Props.LastReviewed, culture, published),
        Date(content, Props.NextReviewDue, culture, published));

    private static IProperty? Property(IContent content, string alias) =>
        content.Properties.TryGetValue(alias, out var property) ? property : null;
}
