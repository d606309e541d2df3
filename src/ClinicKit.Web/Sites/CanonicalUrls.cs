using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sites;

/// <summary>Chooses an article page's canonical URL from the clinic's canonicalStrategy, so search engines see one original
/// when several clinics show the same library article.</summary>
public static class CanonicalUrls
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    /// <summary>"This clinic": the page itself. "Primary clinic": the same article on <see cref="ContentLibrary.PrimaryClinicFor"/>,
    /// as long as that clinic really serves it; otherwise the page itself, never a URL that would 404.</summary>
    public static string? ForArticle(ClinicSite clinic, ClinicArticle clinicArticle, IReadOnlyList<ClinicSite> clinics, PublicUrls urls)
    {
        if (clinic.CanonicalStrategy == Choices.CanonicalPrimary && clinicArticle.ArticleKey is { } articleKey)
        {
            // ContentLibrary holds the rule; the clinics alone are enough for it.
            var primary = new ContentLibrary([], [], clinics, NoLabels).PrimaryClinicFor(articleKey);
            var primaryPage = primary is { IsPublished: true }
                ? primary.Articles.Where(a => a.IsPublished && a.ArticleKey == articleKey).OrderBy(a => a.SortOrder).FirstOrDefault()
                : null;
            if (primaryPage is not null && urls.Absolute(primary!, PublicUrls.ArticlePath(primaryPage)) is { } url)
            {
                return url;
            }
        }

        return urls.Absolute(clinic, PublicUrls.ArticlePath(clinicArticle));
    }
}
