using ClinicKit.Content.Library;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Articles;

/// <summary>The clinic's other articles that share a topic with this one, most topics in common first, then in the clinic's order.</summary>
public static class RelatedArticles
{
    public const int Count = 3;

    public static IReadOnlyList<(ClinicArticle ClinicArticle, Article Article)> For(Article article, IReadOnlyList<(ClinicArticle ClinicArticle, Article Article)> served)
    {
        var topics = article.Topics.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return served
            .Where(p => p.Article.Key != article.Key)
            .Select((p, order) => (Pair: p, Shared: p.Article.Topics.Count(topics.Contains), Order: order))
            .Where(p => p.Shared > 0)
            .OrderByDescending(p => p.Shared).ThenBy(p => p.Order)
            .Take(Count)
            .Select(p => p.Pair)
            .ToList();
    }

    public static ArticleTeaser Teaser((ClinicArticle ClinicArticle, Article Article) p) => new(
        p.Article.Title.Length > 0 ? p.Article.Title : p.ClinicArticle.Name,
        p.ClinicArticle.IntroOverride.Length > 0 ? p.ClinicArticle.IntroOverride : p.Article.Summary,
        PublicUrls.ArticlePath(p.ClinicArticle),
        p.Article.Image);
}
