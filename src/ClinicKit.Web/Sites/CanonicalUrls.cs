using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sites;

/// <summary>Chooses an article page's canonical URL from the clinic's canonicalStrategy, so search engines see one original
/// when several clinics show the same library article.</summary>
public static class CanonicalUrls
{
    /// <summary>"This clinic": the page itself. "Primary clinic": the same article on <see cref="ContentLibrary.PrimaryClinic"/>;
    /// without one, the page itself, never a URL that would 404.</summary>
    public static string? ForArticle(ClinicSite clinic, ClinicArticle clinicArticle, IReadOnlyList<ClinicSite> clinics, PublicUrls urls)
    {
        if (clinic.CanonicalStrategy == Choices.CanonicalPrimary && clinicArticle.ArticleKey is { } articleKey)
        {
            var primary = ContentLibrary.PrimaryClinic(clinics, articleKey);
            var primaryPage = primary?.Articles.Where(a => a.IsPublished && a.ArticleKey == articleKey).OrderBy(a => a.SortOrder).FirstOrDefault();
            if (primaryPage is not null && urls.Absolute(primary!, PublicUrls.ArticlePath(primaryPage)) is { } url)
            {
                return url;
            }
        }

        return urls.Absolute(clinic, PublicUrls.ArticlePath(clinicArticle));
    }
}
