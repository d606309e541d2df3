using ClinicKit.Content.Library;

namespace ClinicKit.Web.Sites;

/// <summary>What the head serves: published clinics, and their published clinic articles whose library article is published.</summary>
public static class Publishing
{
    public static bool IsServed(ClinicSite clinic) => clinic.IsPublished;

    /// <summary>The clinic articles a visitor can open, in the clinic's order, with their library articles.</summary>
    public static IReadOnlyList<(ClinicArticle ClinicArticle, Article Article)> ServedArticles(ClinicSite clinic, IEnumerable<Article> articles)
    {
        var byKey = articles.Where(a => a.IsPublished).ToDictionary(a => a.Key);
        return clinic.Articles
            .Where(ca => ca.IsPublished && ca.Slug.Length > 0)
            .OrderBy(ca => ca.SortOrder)
            .Select(ca => (ca, Article: ca.ArticleKey is { } key ? byKey.GetValueOrDefault(key) : null))
            .Where(p => p.Article is not null)
            .DistinctBy(p => p.ca.Slug, StringComparer.OrdinalIgnoreCase)
            .Select(p => (p.ca, p.Article!))
            .ToList();
    }

    /// <summary>The published clinic article with this URL segment, if any (its library article is checked separately).</summary>
    public static ClinicArticle? FindBySlug(ClinicSite clinic, string slug) =>
        clinic.Articles.Where(ca => ca.IsPublished).OrderBy(ca => ca.SortOrder)
            .FirstOrDefault(ca => string.Equals(ca.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
