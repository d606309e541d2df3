using ClinicKit.Content.Library;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Sources.Usync;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>The head hosted in-process as the CLI exporter hosts it: every listed page renders, pages are small, every
/// response carries the security headers, pages are cached and dropped when their content changes.</summary>
public sealed class InProcessHeadTests
{
    [Test]
    public async Task Every_page_the_exporter_is_given_renders_with_its_expected_status()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var sites = await head.App.Services.GetRequiredService<SitePages>().AllAsync();

        Assert.That(sites.Select(s => s.Host), Is.EquivalentTo(ShippedContent.Clinics.Select(ShippedContent.Host)));
        foreach (var site in sites)
        {
            var expectedArticles = ShippedContent.ServedArticles(site.Clinic).Select(p => "/articles/" + p.Page.Slug);
            Assert.That(site.Pages.Where(p => p.Kind == SitePageKind.Article).Select(p => p.Path), Is.EqualTo(expectedArticles));
            Assert.That(site.Pages.Select(p => p.Kind), Is.SupersetOf(new[] { SitePageKind.Home, SitePageKind.Sitemap, SitePageKind.Robots, SitePageKind.NotFound, SitePageKind.ClinicStylesheet, SitePageKind.Asset }));
            foreach (var page in site.Pages)
            {
                using var response = await head.GetAsync(site.Host, page.Path);
                Assert.That((int)response.StatusCode, Is.EqualTo(page.ExpectedStatus), $"{site.Host}{page.Path}");
            }
        }
    }

    [Test]
    public async Task Article_pages_stay_under_40_KB_and_the_stylesheet_under_20_KB()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        foreach (var clinic in ShippedContent.Clinics)
        {
            foreach (var (page, _) in ShippedContent.ServedArticles(clinic))
            {
                var bytes = (await head.Client.GetByteArrayAsync($"http://{ShippedContent.Host(clinic)}/articles/{page.Slug}")).Length;
                TestContext.Out.WriteLine($"{ShippedContent.Host(clinic)}/articles/{page.Slug}: {bytes} bytes");
                Assert.That(bytes, Is.LessThan(40 * 1024));
            }
        }

        var host = ShippedContent.Host(ShippedContent.Clinics[0]);
        var css = (await head.Client.GetByteArrayAsync($"http://{host}{head.App.Services.GetRequiredService<SiteAssets>().StylesheetUrl}")).Length;
        TestContext.Out.WriteLine($"site.css: {css} bytes");
        Assert.That(css, Is.LessThan(20 * 1024));
    }

    [TestCase("/", TestName = "Security headers are on pages")]
    [TestCase("/articles/none", TestName = "Security headers are on a clinic's 404")]
    [TestCase("/clinic.css", TestName = "Security headers are on the clinic stylesheet")]
    [TestCase("/assets/css/site.css", TestName = "Security headers are on static files")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        foreach (var host in new[] { ShippedContent.Host(ShippedContent.Clinics[0]), "unknown.test" })
        {
            // The second request of a page is served from the output cache: it must carry the headers too.
            for (var i = 0; i < 2; i++)
            {
                using var response = await head.GetAsync(host, path);
                var csp = response.Headers.GetValues("Content-Security-Policy").Single();
                Assert.That(csp, Does.Contain("script-src 'none'").And.Contain("style-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("base-uri 'none'"));
                Assert.That(csp, Does.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval"));
                Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
                Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("strict-origin-when-cross-origin"));
            }
        }
    }

    [Test]
    public async Task A_page_is_rendered_once_and_then_served_from_memory()
    {
        var source = new InMemoryContentSource(ShippedContent.Library);
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Services.AddSingleton<IContentSource>(source));
        var clinic = ShippedContent.Clinics[0];
        var path = "/articles/" + ShippedContent.ServedArticles(clinic).First().Page.Slug;

        var first = await head.GetTextAsync(ShippedContent.Host(clinic), path);
        var fetches = source.ArticleFetches;
        var second = await head.GetTextAsync(ShippedContent.Host(clinic), path);

        Assert.That(fetches, Is.GreaterThan(0));
        Assert.That(source.ArticleFetches, Is.EqualTo(fetches), "the second request should not ask the content source");
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task A_change_to_one_article_drops_only_the_pages_that_show_it()
    {
        var source = new InMemoryContentSource(ShippedContent.Library);
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Services.AddSingleton<IContentSource>(source));
        var clinic = ShippedContent.Clinics[0];
        var host = ShippedContent.Host(clinic);
        var served = ShippedContent.ServedArticles(clinic).ToList();

        // An article page lists related articles by title, so the second page is one whose list leaves the first article out.
        var pages = (from a in served from b in served
                     where a.Article.Key != b.Article.Key && Articles.RelatedArticles.For(b.Article, served).All(r => r.Article.Key != a.Article.Key)
                     select new[] { a, b }).First().ToList();
        foreach (var (page, _) in pages)
        {
            await head.GetTextAsync(host, "/articles/" + page.Slug);
        }

        // Both titles change, but only the first article is reported as changed (as a Delivery API webhook would).
        source.Library = Retitled(source.Library, pages.Select(p => p.Article.Key).ToHashSet());
        source.Raise(ContentChange.Of(pages[0].Article.Key));

        Assert.That(async () => await head.GetTextAsync(host, "/articles/" + pages[0].Page.Slug), Does.Contain("Retitled: ").After(5_000, 50));
        Assert.That(await head.GetTextAsync(host, "/articles/" + pages[1].Page.Slug), Does.Not.Contain("Retitled: "), "a page that does not show the article should stay cached");

        source.Raise(ContentChange.All);
        Assert.That(async () => await head.GetTextAsync(host, "/articles/" + pages[1].Page.Slug), Does.Contain("Retitled: ").After(5_000, 50));
    }

    [Test]
    public async Task A_missing_usync_folder_is_logged_with_its_path_and_every_host_gets_a_plain_404()
    {
        var missing = Path.Combine(Path.GetTempPath(), "clinickit-no-such-folder-" + Guid.NewGuid().ToString("N"));
        await using var head = await InProcessHead.StartAsync(missing);

        using var response = await head.GetAsync(ShippedContent.Host(ShippedContent.Clinics[0]), "/");
        Assert.That((int)response.StatusCode, Is.EqualTo(404));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(ClinicResolutionMiddleware.UnknownHostBody));
        Assert.That(head.Logs.Messages(LogLevel.Warning), Has.Some.Contain(missing));
        Assert.That(head.Logs.Entries.Select(e => e.Message), Has.None.Contain("   at "), "no stack trace for a missing folder");
    }

    [Test]
    public async Task Head_requests_are_answered_like_get_requests()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        using var response = await head.GetAsync(ShippedContent.Host(ShippedContent.Clinics[0]), "/", HttpMethod.Head);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void Without_configuration_the_head_serves_the_repositorys_usync_folder_and_a_relative_path_is_read_from_the_content_root()
    {
        var inside = Path.Combine(Paths.RepositoryRoot, "src", "ClinicKit.Web");
        Assert.That(UsyncFolderLocator.Resolve(null, inside), Is.EqualTo(Paths.ShippedUsync));
        Assert.That(UsyncFolderLocator.Resolve("content", "/srv/site"), Is.EqualTo(Path.GetFullPath("/srv/site/content")));
    }

    private static ContentLibrary Retitled(ContentLibrary library, HashSet<Guid> keys) => new(
        library.Articles.Select(a => keys.Contains(a.Key) ? a with { Title = "Retitled: " + a.Title, Seo = a.Seo with { MetaTitle = "" } } : a),
        library.Citations,
        library.Clinics,
        library.Dictionary);
}
