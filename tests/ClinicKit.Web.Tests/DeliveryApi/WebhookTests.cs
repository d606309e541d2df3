using System.Net;
using System.Text.Json;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources.DeliveryApi;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>Umbraco's webhooks refresh exactly what an editor changed, in every clinic that shows it, and nothing else.</summary>
public sealed class WebhookTests
{
    private const string HeadHost = "head.internal";

    /// <summary>A library article more than one clinic shows, and the clinics that show it.</summary>
    private static (Guid Article, List<(string Host, string Slug)> Pages) SharedArticle()
    {
        var shared = ShippedContent.Clinics
            .SelectMany(c => ShippedContent.ServedArticles(c).Select(p => (p.Article.Key, Host: ShippedContent.Host(c), p.Page.Slug)))
            .GroupBy(p => p.Key)
            .Where(g => g.Count() >= 2 && g.Count() < ShippedContent.Clinics.Count)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault()
            ?? ShippedContent.Clinics
                .SelectMany(c => ShippedContent.ServedArticles(c).Select(p => (p.Article.Key, Host: ShippedContent.Host(c), p.Page.Slug)))
                .GroupBy(p => p.Key).First(g => g.Count() >= 2);
        return (shared.Key, shared.Select(p => (p.Host, p.Slug)).ToList());
    }

    [TestCase(null, HttpStatusCode.Unauthorized)]
    [TestCase("not-the-secret-at-all", HttpStatusCode.Forbidden)]
    [TestCase("", HttpStatusCode.Unauthorized)]
    [TestCase(DeliveryApiHeads.Secret + "x", HttpStatusCode.Forbidden)]
    public async Task A_webhook_without_the_right_secret_is_rejected_and_changes_nothing(string? secret, HttpStatusCode expected)
    {
        using var copy = UsyncCopy.OfShipped();
        await using var fake = await FakeUmbraco.StartAsync(copy.Root);
        var log = new RenderLog();
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, configure: log.Install);
        var (article, pages) = SharedArticle();
        var before = await head.GetTextAsync(pages[0].Host, "/articles/" + pages[0].Slug);
        copy.Edit(article, node => UsyncCopy.Set(node, Props.Title, "Changed by somebody without the secret"));
        fake.Reload();

        using var response = await UmbracoWebhooks.SendAsync(head.Client, HeadHost, UmbracoWebhooks.Publish, UmbracoWebhooks.PublishedPayload(fake, article), secret);
        Assert.That(response.StatusCode, Is.EqualTo(expected));
        log.Clear();
        Assert.That(await head.GetTextAsync(pages[0].Host, "/articles/" + pages[0].Slug), Is.EqualTo(before));
        Assert.That(log.Rendered, Is.Empty, "nothing was evicted");
    }

    [Test]
    public async Task The_endpoint_takes_posts_with_a_content_id_only_and_exists_only_for_the_delivery_api()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake);
        using (var get = await head.Client.GetAsync($"http://{HeadHost}{UmbracoWebhookEndpoint.Path}"))
        {
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        }

        foreach (var body in new[] { "", "not json", "[]", "{\"name\":\"no id\"}", "{\"id\":\"not-a-guid\"}" })
        {
            using var bad = await UmbracoWebhooks.SendAsync(head.Client, HeadHost, UmbracoWebhooks.Publish, body);
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        }

        await using var usync = await InProcessHead.StartAsync(Paths.ShippedUsync);
        using var notHere = await UmbracoWebhooks.SendAsync(usync.Client, HeadHost, UmbracoWebhooks.Publish, UmbracoWebhooks.IdPayload(Guid.NewGuid()));
        Assert.That(notHere.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a uSync head has no webhook");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Publishing_a_shared_library_article_refreshes_it_in_every_clinic_that_shows_it_and_only_those_pages(bool legacyPayload)
    {
        using var copy = UsyncCopy.OfShipped();
        await using var fake = await FakeUmbraco.StartAsync(copy.Root);
        var log = new RenderLog();
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, configure: log.Install);
        var all = await WarmEveryPageAsync(head);
        var (article, pages) = SharedArticle();
        Assert.That(pages.Select(p => p.Host).Distinct().Count(), Is.GreaterThanOrEqualTo(2));

        copy.Edit(article, node => UsyncCopy.Set(node, Props.Title, "A freshly reviewed title"));
        fake.Reload();
        fake.ClearRequests();
        log.Clear();
        var payload = legacyPayload ? UmbracoWebhooks.PublishedPayload(fake, article) : UmbracoWebhooks.IdPayload(article);
        fake.ClearRequests();
        using var response = await UmbracoWebhooks.SendAsync(head.Client, HeadHost, UmbracoWebhooks.Publish, payload);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(outcome.RootElement.GetProperty("everything").GetBoolean(), Is.False);

        var listing = RelatedListings.Of(ShippedContent.Library, article);
        foreach (var (host, path) in all)
        {
            var text = await head.GetTextAsync(host, path);
            var showsArticle = pages.Any(p => p.Host == host && path == "/articles/" + p.Slug) || listing.Contains($"{host}{path}");
            Assert.That(text.Contains("A freshly reviewed title", StringComparison.Ordinal), Is.EqualTo(showsArticle || (path == "/" && pages.Any(p => p.Host == host))),
                $"{host}{path}");
        }

        // The team page lists the reviewers of the articles the clinic shows, so it is read from them like the home page.
        var expected = pages.SelectMany(p => new[] { $"{p.Host}/articles/{p.Slug}", $"{p.Host}/", $"{p.Host}/sitemap.xml", $"{p.Host}/our-team" }).Concat(listing).Distinct();
        Assert.That(log.Rendered.Distinct(), Is.EquivalentTo(expected), "exactly the pages that show the article were rendered again");
        Assert.That(fake.Requests.Select(r => r.PathAndQuery), Is.EqualTo(new[]
        {
            FakeUmbraco.ApiPrefix + $"content/item/{article:D}?expand=properties[body[properties[citations]],reviewedBy]",
        }), "one request refreshes the article, with its citations and reviewer, for every clinic");
    }

    [Test]
    public async Task Unpublishing_a_clinic_article_takes_its_page_down_and_off_that_clinics_lists_only()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var fake = await FakeUmbraco.StartAsync(copy.Root);
        var log = new RenderLog();
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, configure: log.Install);
        var all = await WarmEveryPageAsync(head);
        var clinic = ShippedContent.ClinicByHost("riverglass-ketamine.test");
        var (page, _) = ShippedContent.ServedArticles(clinic).Last();

        copy.Edit(page.Key, node => node.Published = false);
        fake.Reload();
        fake.ClearRequests();
        log.Clear();
        using var response = await UmbracoWebhooks.SendAsync(head.Client, HeadHost, UmbracoWebhooks.Unpublish, UmbracoWebhooks.IdPayload(page.Key));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var gone = await head.GetAsync("riverglass-ketamine.test", "/articles/" + page.Slug);
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await head.GetTextAsync("riverglass-ketamine.test", "/"), Does.Not.Contain("/articles/" + page.Slug));
        foreach (var (host, path) in all.Where(p => p.Host != "riverglass-ketamine.test"))
        {
            await head.GetTextAsync(host, path);
        }

        // A clinic whose canonical strategy is "Primary clinic" points at whichever clinic shows an article first, so its
        // article pages depend on every clinic's list of pages; the others do not.
        var independent = ShippedContent.Clinics.Where(c => c.Key != clinic.Key && c.CanonicalStrategy == Choices.CanonicalSelf).Select(ShippedContent.Host).ToList();
        Assert.That(independent, Is.Not.Empty);
        Assert.That(log.Rendered.Where(r => independent.Any(h => r.StartsWith(h + "/", StringComparison.Ordinal))), Is.Empty, "other clinics keep their pages");
        Assert.That(fake.Requests.Select(r => r.PathAndQuery), Has.All.StartWith(FakeUmbraco.ApiPrefix + $"content?fetch=children:{clinic.Key:D}"),
            "the clinic's list of pages is fetched again");
    }

    [Test]
    public async Task Deleting_a_citation_removes_its_reference_everywhere_without_asking_umbraco()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var fake = await FakeUmbraco.StartAsync(copy.Root);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake);
        var clinic = ShippedContent.ClinicByHost("riverglass-ketamine.test");
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        var citation = ShippedContent.Library.Citation(article.Claims.First().Citations.First().Key!.Value)!;
        var path = "/articles/" + page.Slug;
        Assert.That(await head.GetTextAsync("riverglass-ketamine.test", path), Does.Contain(citation.Title));

        copy.Edit(citation.Key, node => node.Published = false);
        fake.Reload();
        fake.ClearRequests();
        using var response = await UmbracoWebhooks.SendAsync(head.Client, HeadHost, UmbracoWebhooks.Delete, UmbracoWebhooks.IdPayload(citation.Key));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That(await head.GetTextAsync("riverglass-ketamine.test", path), Does.Not.Contain(citation.Title));
        Assert.That(fake.Requests, Is.Empty, "a deleted item is known to be gone; nothing needs fetching");
    }

    [Test]
    public async Task Publishing_content_the_head_has_never_seen_refreshes_everything_lazily()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var fake = await FakeUmbraco.StartAsync(copy.Root);
        var log = new RenderLog();
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, configure: log.Install);
        var all = await WarmEveryPageAsync(head);
        log.Clear();

        using var response = await UmbracoWebhooks.SendAsync(head.Client, HeadHost, UmbracoWebhooks.Publish, "{\"id\":\"" + Guid.NewGuid() + "\",\"contentType\":\"clinicKitCitation\"}");
        using var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(outcome.RootElement.GetProperty("everything").GetBoolean(), Is.True);
        foreach (var (host, path) in all)
        {
            await head.GetTextAsync(host, path);
        }

        Assert.That(log.Rendered.Distinct().Count(), Is.EqualTo(all.Count), "every page is rendered again");
    }

    /// <summary>Requests every page of every clinic once (so each is in the page cache); returns them, 404 page, assets and images aside.</summary>
    internal static async Task<List<(string Host, string Path)>> WarmEveryPageAsync(InProcessHead head)
    {
        var pages = (await head.App.Services.GetRequiredService<SitePages>().AllAsync())
            .SelectMany(s => s.Pages.Where(p => p.Kind is not (SitePageKind.NotFound or SitePageKind.Asset or SitePageKind.Image)).Select(p => (s.Host, p.Path)))
            .ToList();
        foreach (var (host, path) in pages)
        {
            using var response = await head.GetAsync(host, path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{host}{path}");
        }

        return pages;
    }
}
