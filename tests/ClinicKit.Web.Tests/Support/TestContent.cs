using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Tests.Support;

/// <summary>Small hand-made content for tests that need a situation the demo content does not have.</summary>
internal static class TestContent
{
    public static ClinicSite Clinic(
        string name,
        string host,
        int sortOrder,
        string strategy = Choices.CanonicalSelf,
        IReadOnlyList<ClinicArticle>? articles = null,
        bool published = true) => new(
        Guid.NewGuid(), name, name, $"{name} tagline", "(555) 010-0000", "care@" + host, "1 Test Street", "Testville",
        $"https://{host}/book", "#336699", strategy, Seo.None, null, [host], articles ?? [], published, sortOrder);

    public static ClinicArticle Page(Guid articleKey, string slug, bool published = true, int sortOrder = 0) =>
        new(Guid.NewGuid(), slug, slug, articleKey, "", null, Seo.None, published, sortOrder);

    /// <summary>A published library article with no body: enough for lists and the sitemap.</summary>
    public static Article Article(string title, DateOnly? lastReviewed = null, DateTime? updated = null) =>
        new(Guid.NewGuid(), title, title, $"{title} summary", [], [], Seo.None, new ReviewDates(null, lastReviewed, null), null, null, true, updated);

    public static Citation Citation(string title, CitationState state = CitationState.Published) =>
        new(Guid.NewGuid(), title, "Author A", "Journal", 2020, "", "", "", "Clinical study", null, state);

    public static Claim Claim(int number, params Guid[] citations) =>
        new(number, Guid.NewGuid(), $"Claim {number}", citations.Select(c => new PickedDocument(c, Udis.Document(c))).ToList(),
            "Efficacy", "Randomized controlled trial", "");
}
