using System.Text.Json.Nodes;
using ClinicKit.Content.Authoring;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Umbraco.Tests.PublishGuard;

namespace ClinicKit.Umbraco.Tests.UsyncImport;

/// <summary>Content nodes the cases add to an import, built as uSync would export them (ClinicKit.Content's <see cref="ContentNodes"/>).</summary>
internal static class TestContent
{
    private static readonly DateTime Created = new(2026, 11, 1, 9, 0, 0);

    /// <summary>A published library article under the shipped article library, one claim per entry: the claim's citations value ("" cites nothing).</summary>
    public static ContentNode Article(string name, int sortOrder, params string[] citationsPerClaim)
    {
        var library = UmbracoModel.Shipped.Content.Single(n => n.Key == LibraryRoots.ArticleLibrary);
        var claims = citationsPerClaim.Select((citations, i) => new BlockItem(DocumentTypes.ClaimBlock.Key, Guid.NewGuid(),
        [
            ContentNodes.Value(Props.Statement, $"Claim {i + 1} of {name}."),
            ContentNodes.Value(Props.Citations, citations),
            ContentNodes.Value(Props.ClaimType, new JsonArray("Efficacy")),
            ContentNodes.Value(Props.EvidenceStrength, new JsonArray("Expert review or guidance")),
            ContentNodes.Value(Props.Qualifier, "Shown in small trials only."),
        ]));
        return ContentNodes.Create(Guid.NewGuid(), name, DocumentTypes.Article.Alias, library, sortOrder, published: true, Created)
            .Set(Props.Body, ContentNodes.BlockList(claims))
            .Set(Props.ReviewedBy, "Dr. Test Reviewer")
            .Set(Props.LastReviewed, "2026-10-15T00:00:00")
            .Set(Props.NextReviewDue, "2027-10-15T00:00:00");
    }

    /// <summary>A published clinic article under a shipped clinic site, picking the article.</summary>
    public static ContentNode ClinicArticle(string clinicName, ContentNode article, int sortOrder)
    {
        var clinic = UmbracoModel.Shipped.Content.Single(n => n.ContentType == DocumentTypes.ClinicSite.Alias && n.Name == clinicName);
        return ContentNodes.Create(Guid.NewGuid(), article.Name!, DocumentTypes.ClinicArticle.Alias, clinic, sortOrder, published: true, Created)
            .Set(Props.Article, Udis.Document(article.Key));
    }

    public static string Cites(params Guid[] keys) => string.Join(',', keys.Select(Udis.Document));

    /// <summary>The key of a shipped citation, by title.</summary>
    public static Guid ShippedCitation(int index) =>
        UmbracoModel.Shipped.Content.Where(n => n.ContentType == DocumentTypes.Citation.Alias).OrderBy(n => n.SortOrder).ElementAt(index).Key;
}
