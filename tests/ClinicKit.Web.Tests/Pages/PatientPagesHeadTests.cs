using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClinicKit.Content.Library;
using ClinicKit.Web.Contact;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.Pages;

/// <summary>The treatment, contact and legal pages, the navigation and the home page as the head serves them for every shipped
/// clinic: listed for the exporter and the sitemap, small, with the structured data search engines read.</summary>
public sealed partial class PatientPagesHeadTests
{
    public static IEnumerable<TestCaseData> EveryPage() =>
        from clinic in ShippedContent.Clinics
        from page in clinic.Pages
        select new TestCaseData(ShippedContent.Host(clinic), PatientPages.PathOf(page), page.GetType().Name)
            .SetName($"{page.GetType().Name[..^"Content".Length]} page {PatientPages.PathOf(page)} on {ShippedContent.Host(clinic)}");

    [TestCaseSource(nameof(EveryPage))]
    public async Task Each_page_renders_under_40_KB_with_its_heading_navigation_and_footer_links(string host, string path, string kind)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var clinic = ShippedContent.ClinicByHost(host);
        var page = clinic.Pages.Single(p => PatientPages.PathOf(p) == path);

        using var response = await head.GetAsync(host, path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(html.Length, Is.LessThan(40 * 1024));
        Assert.That(html, Does.Contain($"<h1>{page.Heading}</h1>"));
        Assert.That(html, page.Page.ShowInNavigation ? Does.Contain($"<a href=\"{path}\" aria-current=\"page\">") : Does.Not.Contain("aria-current=\"page\">" + page.NavigationText + "</a>"));
        Assert.That(html, Does.Contain($"<span aria-current=\"page\">{page.Heading}</span>"), "the breadcrumb ends with the page");
        foreach (var footer in clinic.Pages.OfType<LegalContent>())
        {
            Assert.That(html, Does.Contain($"<a href=\"{PatientPages.PathOf(footer)}\">{footer.Heading}</a>"), "every page links the legal pages");
        }

        Assert.That(html, Does.Not.Contain("<script src").And.Not.Contain("<iframe"), "no JavaScript and nothing embedded");
        Assert.That(JsonTypes(html), Is.SupersetOf(kind switch
        {
            nameof(TreatmentContent) => new[] { "MedicalWebPage", "MedicalTherapy", "FAQPage" },
            nameof(ContactContent) => ["MedicalClinic", "ContactPoint", "OpeningHoursSpecification"],
            nameof(TeamContent) => ["AboutPage", "Person", "EducationalOccupationalCredential"],
            _ => ["WebPage"],
        }));
    }

    [Test]
    public async Task The_exporter_and_the_sitemap_list_every_page_of_every_clinic()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var sites = await head.App.Services.GetRequiredService<SitePages>().AllAsync();
        foreach (var site in sites)
        {
            var expected = site.Clinic.Pages.Select(PatientPages.PathOf).ToList();
            Assert.That(site.Pages.Where(p => p.Kind is SitePageKind.Treatment or SitePageKind.Contact or SitePageKind.Legal or SitePageKind.Team).Select(p => p.Path), Is.EqualTo(expected));
            var sitemap = await head.GetTextAsync(site.Host, PublicUrls.Sitemap);
            foreach (var path in expected)
            {
                Assert.That(sitemap, Does.Contain($"<loc>https://{site.Host}{path}</loc>"));
            }
        }
    }

    [Test]
    public async Task The_contact_page_gives_opening_hours_in_words_and_in_schema_org_days()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var clinic = ShippedContent.Clinics.Single(c => c.ClinicName == "Riverglass Ketamine Care");
        var html = await head.GetTextAsync(ShippedContent.Host(clinic), "/contact-and-location");

        Assert.That(html, Does.Contain("<dt>Monday to Thursday</dt>").And.Contain("<dt>Friday</dt>"));
        var spec = Json(html).SelectMany(o => o["openingHoursSpecification"]!.AsArray()).Select(s => s!["dayOfWeek"]!.AsArray().Select(d => d!.GetValue<string>())).First();
        Assert.That(spec, Is.EqualTo(new[] { "https://schema.org/Monday", "https://schema.org/Tuesday", "https://schema.org/Wednesday", "https://schema.org/Thursday" }));
        Assert.That(html, Does.Contain("href=\"https://www.openstreetmap.org/search?query="));
    }

    [TestCase(new[] { "Monday", "Tuesday", "Wednesday" }, "Monday to Wednesday")]
    [TestCase(new[] { "Monday", "Tuesday" }, "Monday, Tuesday")]
    [TestCase(new[] { "Monday", "Wednesday", "Friday" }, "Monday, Wednesday, Friday")]
    [TestCase(new[] { "Monday", "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday" }, "Monday to Wednesday, Friday to Sunday")]
    public void Days_read_as_patients_say_them(string[] days, string expected) =>
        Assert.That(OpeningHoursWords.Days(days), Is.EqualTo(expected));

    [TestCaseSource(nameof(Hosts))]
    public async Task The_home_page_names_the_clinic_once_and_makes_its_promise(string host)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var clinic = ShippedContent.ClinicByHost(host);
        var html = await head.GetTextAsync(host, "/");
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

        Assert.That(main, Does.Contain($"<h1>{clinic.HeroPromise}</h1>"));
        Assert.That(main, Does.Not.Contain(clinic.Tagline), "the tagline is in the header, not repeated under it");
        Assert.That(main, Does.Contain("href=\"/treatments/ketamine-treatment\""), "treatments offered");
        Assert.That(main, Does.Contain("Dr. Morgan Placeholder (demo data)"), "who reviews the content");
        Assert.That(main, Does.Contain(clinic.Address), "location");
        Assert.That(main, Does.Contain($"href=\"{clinic.BookingUrl}\""), "booking button in the hero");
        Assert.That(html.Length, Is.LessThan(40 * 1024));
    }

    [Test]
    public async Task An_article_shows_its_topics_and_ends_with_articles_that_share_them()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var clinic = ShippedContent.Clinics[0];
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        var html = await head.GetTextAsync(ShippedContent.Host(clinic), "/articles/" + page.Slug);

        Assert.That(html, Does.Contain(string.Join(", ", article.Topics)));
        var related = html[html.IndexOf("related-heading", StringComparison.Ordinal)..];
        var others = ShippedContent.ServedArticles(clinic).Where(p => p.Article.Key != article.Key && p.Article.Topics.Intersect(article.Topics).Any()).ToList();
        Assert.That(others, Is.Not.Empty);
        Assert.That(related, Does.Contain("/articles/" + others[0].Page.Slug));
        Assert.That(related, Does.Not.Contain("/articles/" + page.Slug + "\""), "not itself");
    }

    [TestCase("/treatments/no-such-treatment")]
    [TestCase("/no-such-page")]
    [TestCase("/articles")]
    public async Task A_path_no_page_has_is_the_clinics_404(string path)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        using var response = await head.GetAsync(ShippedContent.Host(ShippedContent.Clinics[0]), path);
        Assert.That((int)response.StatusCode, Is.EqualTo(404));
    }

    public static IEnumerable<string> Hosts() => ShippedContent.Clinics.Select(ShippedContent.Host);

    private static IEnumerable<JsonObject> Json(string html) =>
        JsonLdBlock().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .SelectMany(o => o["@graph"] is JsonArray graph ? graph.Select(g => g!.AsObject()) : [o]);

    /// <summary>Every @type anywhere in the page's JSON-LD.</summary>
    private static IReadOnlyList<string> JsonTypes(string html)
    {
        var types = new List<string>();
        void Walk(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                if (o["@type"] is JsonValue t)
                {
                    types.Add(t.GetValue<string>());
                }

                foreach (var (_, v) in o)
                {
                    Walk(v);
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var v in a)
                {
                    Walk(v);
                }
            }
        }

        foreach (var o in Json(html))
        {
            Walk(o);
        }

        return types;
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}
