using System.Xml.Linq;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>What editors decide in the backoffice, honoured by the head: unpublished pages vanish, noIndex pages leave the
/// sitemap, a clinic's overrides win over the library, and an overdue review is said out loud.</summary>
public sealed class PublishingRulesTests : BrowserTest
{
    private UsyncCopy? _copy;
    private HeadServer? _server;
    private ContentLibrary _before = null!;
    private ClinicSite _first = null!;
    private ClinicSite _second = null!;
    private (ClinicArticle Page, Article Article) _unpublishedPage;
    private (ClinicArticle Page, Article Article) _noIndexPage;
    private (ClinicArticle Page, Article Article) _overridePage;
    private Article _unpublishedArticle = null!;
    private Article _overdueArticle = null!;

    [OneTimeSetUp]
    public async Task ServeEditedCopyAsync()
    {
        _copy = UsyncCopy.OfShipped();
        _before = _copy.Library;
        _first = _before.Clinics[0];
        _second = _before.Clinics[1];
        var firstArticles = ShippedContent.ServedArticles(_first).ToList();
        var secondArticles = ShippedContent.ServedArticles(_second).ToList();

        _unpublishedPage = firstArticles[0];
        _noIndexPage = firstArticles[1];
        _overridePage = firstArticles[2];

        // A library article the second clinic shows but the first clinic's edited pages do not use.
        var used = new[] { _unpublishedPage, _noIndexPage, _overridePage }.Select(p => p.Article.Key).ToHashSet();
        _unpublishedArticle = secondArticles.Select(p => p.Article).First(a => !used.Contains(a.Key));
        _overdueArticle = _overridePage.Article;

        _copy.Edit(_unpublishedPage.Page.Key, node => node.Published = false);
        _copy.Edit(_noIndexPage.Page.Key, node => UsyncCopy.Set(node, Props.NoIndex, "1"));
        _copy.Edit(_overridePage.Page.Key, node =>
        {
            UsyncCopy.Set(node, Props.MetaTitle, "Clinic's own title for this article");
            UsyncCopy.Set(node, Props.MetaDescription, "Clinic's own description.");
            UsyncCopy.Set(node, Props.IntroOverride, "Clinic's own introduction.");
            UsyncCopy.Set(node, Props.CallToAction, CtaJson("Override CTA for {{clinic.city}}"));
        });
        _copy.Edit(_unpublishedArticle.Key, node => node.Published = false);
        _copy.Edit(_overdueArticle.Key, node =>
        {
            UsyncCopy.Set(node, Props.NextReviewDue, "2020-01-01T00:00:00");
            UsyncCopy.Set(node, Props.CallToAction, CtaJson("Article CTA at {{clinic.name}}"));
        });
        _server = await HeadServer.StartAsync(_copy.Root);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _copy?.Dispose();
    }

    [Test]
    public async Task An_unpublished_clinic_article_or_library_article_is_not_served_listed_or_in_the_sitemap()
    {
        foreach (var (clinic, slug) in new[]
                 {
                     (_first, _unpublishedPage.Page.Slug),
                     (_second, ShippedContent.ServedArticles(_second).First(p => p.Article.Key == _unpublishedArticle.Key).Page.Slug),
                 })
        {
            var host = ShippedContent.Host(clinic);
            var response = await OpenAsync(_server!, host, "/articles/" + slug);
            Assert.That(response.Status, Is.EqualTo(404), $"{host}/articles/{slug}");
            await OpenAsync(_server!, host);
            await Assertions.Expect(Page.Locator($"a[href='/articles/{slug}']")).ToHaveCountAsync(0);
            Assert.That(await SitemapAsync(host), Has.None.EndsWith("/articles/" + slug));
        }
    }

    [Test]
    public async Task A_no_index_page_tells_robots_and_leaves_the_sitemap_but_is_still_served()
    {
        var host = ShippedContent.Host(_first);
        var response = await OpenAsync(_server!, host, "/articles/" + _noIndexPage.Page.Slug);
        Assert.That(response.Status, Is.EqualTo(200));
        await Assertions.Expect(Page.Locator("meta[name='robots']")).ToHaveAttributeAsync("content", "noindex");
        Assert.That(await SitemapAsync(host), Has.None.EndsWith("/articles/" + _noIndexPage.Page.Slug));
        Assert.That(await SitemapAsync(host), Has.Some.EndsWith("/articles/" + _overridePage.Page.Slug));
    }

    [Test]
    public async Task A_clinics_seo_intro_and_cta_override_win_over_the_library_on_that_clinic_only()
    {
        await OpenAsync(_server!, ShippedContent.Host(_first), "/articles/" + _overridePage.Page.Slug);
        Assert.That(await Page.TitleAsync(), Is.EqualTo("Clinic's own title for this article"));
        await Assertions.Expect(Page.Locator("meta[name='description']")).ToHaveAttributeAsync("content", "Clinic's own description.");
        await Assertions.Expect(Page.Locator(".article-header .lede")).ToHaveTextAsync("Clinic's own introduction.");
        await Assertions.Expect(Page.Locator("main .cta .cta-heading")).ToHaveTextAsync($"Override CTA for {_first.City}");

        // Another clinic showing the same article has no override: the article's own CTA beats the clinic default.
        var other = _before.Clinics.Skip(1).FirstOrDefault(c => ShippedContent.ServedArticles(c).Any(p => p.Article.Key == _overdueArticle.Key));
        Assert.That(other, Is.Not.Null, "the demo content shares this article with a second clinic");
        var otherPage = ShippedContent.ServedArticles(other!).First(p => p.Article.Key == _overdueArticle.Key);
        await OpenAsync(_server!, ShippedContent.Host(other!), "/articles/" + otherPage.Page.Slug);
        await Assertions.Expect(Page.Locator("main .cta .cta-heading")).ToHaveTextAsync($"Article CTA at {other!.ClinicName}");
        Assert.That(await Page.TitleAsync(), Does.Not.Contain("Clinic's own title"));
        await Assertions.Expect(Page.Locator(".article-header .lede")).Not.ToHaveTextAsync("Clinic's own introduction.");
    }

    [Test]
    public async Task An_overdue_review_is_shown_with_a_visible_note_beside_who_reviewed_it()
    {
        await OpenAsync(_server!, ShippedContent.Host(_first), "/articles/" + _overridePage.Page.Slug);
        await Assertions.Expect(Page.Locator(".review-overdue")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".review-by")).ToContainTextAsync(_overdueArticle.Review.ReviewedBy!);
        await Assertions.Expect(Page.Locator(".review-dates time").Last).ToHaveAttributeAsync("datetime", "2020-01-01");
        await AssertAccessibleAsync("an article with an overdue review");
        await ScreenshotAsync("article-overdue", ShippedContent.Host(_first));
    }

    private async Task<IReadOnlyList<string>> SitemapAsync(string host)
    {
        var response = await OpenAsync(_server!, host, "/sitemap.xml");
        return XDocument.Parse(await response.TextAsync()).Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(l => l.Value).ToList();
    }

    /// <summary>A CTA block value with one exposed block, in the shape Umbraco stores it.</summary>
    private static string CtaJson(string heading)
    {
        var key = Guid.NewGuid();
        return $$$"""
            {"contentData":[{"contentTypeKey":"{{{DocumentTypes.CtaBlock.Key}}}","key":"{{{key}}}","udi":null,"values":[
              {"alias":"heading","culture":null,"editorAlias":null,"segment":null,"value":"{{{heading}}}"},
              {"alias":"body","culture":null,"editorAlias":null,"segment":null,"value":"Body"},
              {"alias":"buttonLabel","culture":null,"editorAlias":null,"segment":null,"value":"Go"}]}],
             "settingsData":[],"expose":[{"contentKey":"{{{key}}}","culture":null,"segment":null}],
             "Layout":{"Umbraco.BlockList":[{"contentKey":"{{{key}}}","contentUdi":null,"settingsKey":null,"settingsUdi":null}]}}
            """;
    }
}
