namespace ClinicKit.Content.Library;

/// <summary>The URL segments a clinic's contact and legal pages cannot take: the head serves its own paths there
/// (<c>/articles/…</c>, <c>/treatments/…</c>, <c>/sitemap.xml</c>, …), so such a page could never be opened.</summary>
public static class PageSlugs
{
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "articles", "treatments", "assets", "sitemap.xml", "robots.txt", "clinic.css", "404.html",
    };
}
