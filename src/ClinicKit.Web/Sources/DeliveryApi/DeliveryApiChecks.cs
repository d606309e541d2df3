using System.Text.Json;
using ClinicKit.Content.Gate;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Runs <see cref="LibraryChecks"/> (the rules <c>clinickit validate</c> applies that need no files) on one Delivery
/// API answer, mapped to the library model: the articles in it with the citations expanded beside them, and the clinic
/// articles in it with the library articles they pick.</summary>
/// <remarks>Pickers in Delivery API output list only published items (an unpublished or deleted pick is dropped), so a
/// picked item Umbraco did not expand (<see cref="ApiItem.IsShallow"/>, a citation inside a nested block, say) is taken as
/// existing and published: its own checks run when it is fetched. What the checks can still find here: a claim with no
/// citation or no statement, a claim picking a document that is not a citation, a clinic article picking one that is not
/// a library article. A pick that Umbraco drops leaves the claim (or clinic article) without it, which is what fires.</remarks>
internal static class DeliveryApiChecks
{
    public static IReadOnlyList<ContentProblem> Check(JsonElement answer, DateOnly today)
    {
        var items = ApiItem.WithPicked(answer);
        var expanded = items.Where(i => !i.IsShallow).ToList();
        var articles = expanded.Where(i => i.ContentType == DocumentTypes.Article.Alias).Select(DeliveryApiMapper.Article).ToList();
        var shallowArticles = items.Where(i => i.IsShallow && i.ContentType == DocumentTypes.Article.Alias).Select(i => i.Id).ToHashSet();
        var clinicArticles = expanded.Where(i => i.ContentType == DocumentTypes.ClinicArticle.Alias)
            .Select(i => DeliveryApiMapper.ClinicArticle(i, 0))
            .Where(a => a.ArticleKey is not { } key || !shallowArticles.Contains(key))
            .ToList();
        if (articles.Count == 0 && clinicArticles.Count == 0)
        {
            return [];
        }

        // A shallow citation is only named, but the claim checks read no more than that it exists and is published.
        var citations = items.Where(i => i.ContentType == DocumentTypes.Citation.Alias).Select(DeliveryApiMapper.Citation);

        // The clinic articles' own clinic is not in the answer; LibraryChecks only reads which articles they pick.
        var holder = new ClinicSite(Guid.Empty, "", "", "", "", "", "", "", "", "", Choices.CanonicalSelf, new Seo("", "", false), null, [], clinicArticles, true, 0);
        return LibraryChecks.Check(new ContentLibrary(articles, citations, [holder], new Dictionary<string, string>()), today);
    }
}
