using System.Text.Json;
using ClinicKit.Content.Gate;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Runs <see cref="LibraryChecks"/> (the rules <c>clinickit validate</c> applies that need no files) on one Delivery
/// API answer, mapped to the library model: the articles in it with the citations expanded beside them, and the clinic
/// articles in it with the library articles they pick.</summary>
/// <remarks>An answer carries everything its items need (the request plan expands picks two levels deep), so a pick that is
/// not in the answer is missing. A picked item Umbraco did not expand (<see cref="ApiItem.IsShallow"/>) says nothing of it
/// and counts as missing too. Unpublished picks never reach here: the Delivery API drops them from picker output.</remarks>
internal static class DeliveryApiChecks
{
    public static IReadOnlyList<ContentProblem> Check(JsonElement answer, DateOnly today)
    {
        var items = ApiItem.WithExpanded(answer)
            .Select(i => ApiItem.FromJson(i.Json))
            .OfType<ApiItem>()
            .Where(i => !i.IsShallow)
            .ToList();
        var articles = items.Where(i => i.ContentType == DocumentTypes.Article.Alias).Select(DeliveryApiMapper.Article).ToList();
        var clinicArticles = items.Where(i => i.ContentType == DocumentTypes.ClinicArticle.Alias).Select(i => DeliveryApiMapper.ClinicArticle(i, 0)).ToList();
        if (articles.Count == 0 && clinicArticles.Count == 0)
        {
            return [];
        }

        var citations = items.Where(i => i.ContentType == DocumentTypes.Citation.Alias).Select(DeliveryApiMapper.Citation);

        // The clinic articles' own clinic is not in the answer; LibraryChecks only reads which articles they pick.
        var holder = new ClinicSite(Guid.Empty, "", "", "", "", "", "", "", "", "", Choices.CanonicalSelf, new Seo("", "", false), null, [], clinicArticles, true, 0);
        return LibraryChecks.Check(new ContentLibrary(articles, citations, [holder], new Dictionary<string, string>()), today);
    }
}
