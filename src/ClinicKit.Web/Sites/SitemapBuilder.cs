using System.Globalization;
using System.Text;
using System.Xml;
using ClinicKit.Content.Library;
using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Sites;

/// <summary>sitemap.xml: the home page, every article and every treatment, contact and legal page the clinic serves, except pages marked noIndex.</summary>
public sealed class SitemapBuilder(IContentSource source, PublicUrls urls)
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public async Task<(string Xml, IReadOnlyList<Guid> DependsOn, Staleness? Stale)> BuildAsync(ClinicSite clinic, SourceOutage outage, CancellationToken cancellationToken)
    {
        var keys = clinic.Articles.Select(a => a.ArticleKey).OfType<Guid>().Distinct().ToList();
        var articles = await source.GetArticlesAsync(keys, outage, cancellationToken);
        var served = Publishing.ServedArticles(clinic, articles.Value);
        Caching.PageCache.Shows(served.Select(p => p.Article));
        var entries = new List<(string Url, DateOnly? LastModified)>();
        if (!clinic.Seo.NoIndex && urls.Absolute(clinic, PublicUrls.Home) is { } home)
        {
            entries.Add((home, Latest(served.Select(p => LastModified(p.ClinicArticle, p.Article)).Append(Day(clinic.UpdateDate)))));
        }

        foreach (var (clinicArticle, article) in served.Where(p => !p.ClinicArticle.Seo.NoIndex && !p.Article.Seo.NoIndex))
        {
            if (urls.Absolute(clinic, PublicUrls.ArticlePath(clinicArticle)) is { } url)
            {
                entries.Add((url, LastModified(clinicArticle, article)));
            }
        }

        foreach (var page in Navigation.PatientPages.Served(clinic).Where(p => !p.Seo.NoIndex))
        {
            if (urls.Absolute(clinic, Navigation.PatientPages.PathOf(page)) is { } url)
            {
                entries.Add((url, Latest([(page as TreatmentContent)?.Review.LastReviewed, Day(page.UpdateDate)])));
            }
        }

        var dependsOn = served.SelectMany(p => new[] { p.ClinicArticle.Key, p.Article.Key })
            .Concat(clinic.Articles.Select(a => a.Key)).Concat(clinic.Pages.Select(p => p.Key)).Append(clinic.Key).Distinct().ToList();
        return (Write(entries), dependsOn, articles.Stale);
    }

    /// <summary>When what an article page shows last changed: the latest of its medical review, the library article and the
    /// clinic's page for it (its introduction, CTA and search settings). The home page takes the latest of the clinic and
    /// the articles it lists.</summary>
    public static DateOnly? LastModified(ClinicArticle page, Article article) =>
        Latest([article.Review.LastReviewed, Day(article.UpdateDate), Day(page.UpdateDate)]);

    private static DateOnly? Latest(IEnumerable<DateOnly?> dates) => dates.Max();

    private static DateOnly? Day(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    private static string Write(IEnumerable<(string Url, DateOnly? LastModified)> entries)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (url, lastModified) in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, url);
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
