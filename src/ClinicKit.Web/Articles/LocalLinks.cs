using ClinicKit.Content.Library;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Articles;

/// <summary>In a shared article, the page a rich text link to another document means depends on the clinic: the link goes
/// to this clinic's page for it, or to its home page when the clinic does not show it, so a reader never follows a link
/// into another clinic's site.</summary>
public static class LocalLinks
{
    public static string Resolve(RichText text, ClinicSite clinic) =>
        text.Html(key => clinic.Articles.FirstOrDefault(a => a.IsPublished && (a.Key == key || a.ArticleKey == key)) is { } page
            ? PublicUrls.ArticlePath(page)
            : PublicUrls.Home);
}
