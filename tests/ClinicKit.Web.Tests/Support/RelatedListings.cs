using ClinicKit.Content.Library;
using ClinicKit.Web.Articles;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Tests.Support;

/// <summary>Article pages end with related articles, by title and summary: the pages (host and path) whose list names a
/// library article are among those that change when the article does.</summary>
internal static class RelatedListings
{
    public static HashSet<string> Of(ContentLibrary library, Guid article) => library.Clinics
        .SelectMany(c =>
        {
            var served = Publishing.ServedArticles(c, library.Articles);
            return served.Where(p => RelatedArticles.For(p.Article, served).Any(r => r.Article.Key == article))
                .Select(p => PublicUrls.HostOf(c) + PublicUrls.ArticlePath(p.ClinicArticle));
        })
        .ToHashSet(StringComparer.Ordinal);
}
