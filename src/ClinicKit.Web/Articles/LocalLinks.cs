using System.Text.RegularExpressions;
using ClinicKit.Content.Library;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Articles;

/// <summary>Umbraco stores a rich text link to another page as <c>{localLink:umb://document/…}</c> (or <c>{localLink:guid}</c>).
/// In a shared article that page depends on the clinic: the link becomes this clinic's page for it, or its home page when
/// the clinic does not show it, so a reader never follows a link into another clinic's site.</summary>
public static partial class LocalLinks
{
    public static string Resolve(string markup, ClinicSite clinic)
    {
        if (!markup.Contains("{localLink:", StringComparison.OrdinalIgnoreCase))
        {
            return markup;
        }

        return LocalLink().Replace(markup, m =>
        {
            var key = Guid.Parse(m.Groups[1].Value);
            var page = clinic.Articles.FirstOrDefault(a => a.IsPublished && (a.Key == key || a.ArticleKey == key));
            return page is null ? PublicUrls.Home : PublicUrls.ArticlePath(page);
        });
    }

    // Any slashes or backslashes before the link go with it: left in front of the path, "\" or "/\" would make
    // "\/articles/x", which browsers read as a link to the host "articles".
    [GeneratedRegex(@"[/\\]*\{localLink:(?:umb://document/)?([0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12})\}", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LocalLink();
}
