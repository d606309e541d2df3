using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Tests.Support;

/// <summary>The shipped demo content, read with ClinicKit.Content: the tests take what to expect from it, not from the head.</summary>
internal static class ShippedContent
{
    private static readonly Lazy<ContentLibrary> Lazy = new(() => Read(Paths.ShippedUsync));

    public static ContentLibrary Library => Lazy.Value;

    public static ContentLibrary Read(string folder) => UsyncLibraryReader.Read(UsyncFolderReader.Read(folder));

    public static IReadOnlyList<ClinicSite> Clinics => Library.Clinics;

    public static string Host(ClinicSite clinic) => PublicUrls.HostOf(clinic)!;

    public static ClinicSite ClinicByHost(string host) => Library.ClinicForHost(host)!;

    /// <summary>Each clinic's articles that should be served: published, picking a published library article.</summary>
    public static IEnumerable<(ClinicArticle Page, Article Article)> ServedArticles(ClinicSite clinic) =>
        clinic.Articles.Where(a => a.IsPublished && a.ArticleKey is not null)
            .Select(a => (a, Library.Article(a.ArticleKey!.Value)))
            .Where(p => p.Item2 is { IsPublished: true })
            .Select(p => (p.a, p.Item2!));
}
