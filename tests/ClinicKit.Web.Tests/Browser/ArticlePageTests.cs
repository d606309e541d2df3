using System.Globalization;
using ClinicKit.Content.Library;
using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>clinicArticle, claimBlock, citation list, medicalReview and ctaBlock, as a patient meets them in the browser.</summary>
public sealed class ArticlePageTests : BrowserTest
{
    public static IEnumerable<TestCaseData> EveryServedArticle() =>
        ShippedContent.Clinics.SelectMany(clinic => ShippedContent.ServedArticles(clinic)
            .Select(p => new TestCaseData(ShippedContent.Host(clinic), p.Page.Slug).SetArgDisplayNames(ShippedContent.Host(clinic), p.Page.Slug)));

    public static IEnumerable<TestCaseData> EveryClinic() =>
        ShippedContent.Clinics.Select(c => new TestCaseData(ShippedContent.Host(c)).SetArgDisplayNames(ShippedContent.Host(c)));

    [TestCaseSource(nameof(EveryServedArticle))]
    public async Task Each_claims_reference_numbers_lead_to_the_sources_it_cites(string host, string slug)
    {
        var clinic = ShippedContent.ClinicByHost(host);
        var (page, article) = ShippedContent.ServedArticles(clinic).Single(p => p.Page.Slug == slug);
        var response = await OpenShippedAsync(host, "/articles/" + slug);
        Assert.That(response.Status, Is.EqualTo(200));

        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(article.Title);
        var intro = page.IntroOverride.Length > 0 ? page.IntroOverride : article.Summary;
        await Assertions.Expect(Page.Locator(".article-header .lede")).ToHaveTextAsync(intro);

        foreach (var claim in article.Claims)
        {
            var cited = claim.Citations.Select(c => ShippedContent.Library.Citation(c.Key!.Value)!.Title).ToList();
            var links = Page.Locator($"#claim-{claim.Number} .claim-refs a");
            Assert.That(await links.CountAsync(), Is.EqualTo(cited.Count), $"claim {claim.Number} should link once per citation");
            await Assertions.Expect(Page.Locator($"#claim-{claim.Number} .claim-statement")).ToContainTextAsync(claim.Statement);

            var reached = new List<string>();
            for (var i = 0; i < cited.Count; i++)
            {
                var link = links.Nth(i);
                var href = await link.GetAttributeAsync("href");
                Assert.That(href, Does.Match("^#ref-[0-9]+$"));
                await link.ClickAsync();
                Assert.That(Page.Url, Does.EndWith(href));
                var target = Page.Locator(":target");
                Assert.That(await target.GetAttributeAsync("id"), Is.EqualTo(href![1..]), "the link should make its reference the page's target");
                reached.Add(await target.Locator("cite").InnerTextAsync());
            }

            Assert.That(reached, Is.EquivalentTo(cited), $"claim {claim.Number}'s links should reach exactly the sources it cites");
        }
    }

    [TestCaseSource(nameof(EveryServedArticle))]
    public async Task The_references_list_numbers_sources_in_first_cited_order_with_doi_and_pubmed_links(string host, string slug)
    {
        var clinic = ShippedContent.ClinicByHost(host);
        var article = ShippedContent.ServedArticles(clinic).Single(p => p.Page.Slug == slug).Article;
        await OpenShippedAsync(host, "/articles/" + slug);

        var expected = article.Claims.SelectMany(c => c.Citations).Select(c => c.Key!.Value).Distinct()
            .Select(k => ShippedContent.Library.Citation(k)!).ToList();
        var items = Page.Locator(".reference-list > li");
        Assert.That(await items.CountAsync(), Is.EqualTo(expected.Count));
        for (var i = 0; i < expected.Count; i++)
        {
            var citation = expected[i];
            var item = items.Nth(i);
            Assert.That(await item.GetAttributeAsync("id"), Is.EqualTo($"ref-{i + 1}"));
            await Assertions.Expect(item.Locator("cite")).ToHaveTextAsync(citation.Title);
            var text = await item.InnerTextAsync();
            Assert.That(text, Does.Contain(citation.Authors).And.Contain(citation.Publication));
            if (citation.Year is { } year)
            {
                Assert.That(text, Does.Contain(year.ToString(CultureInfo.InvariantCulture)));
            }

            var hrefs = await item.Locator(".reference-links a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            if (citation.Doi.Length > 0)
            {
                Assert.That(hrefs, Does.Contain("https://doi.org/" + citation.Doi));
            }

            if (citation.Pmid.Length > 0)
            {
                Assert.That(hrefs, Does.Contain($"https://pubmed.ncbi.nlm.nih.gov/{citation.Pmid}/"));
            }

            if (citation.Doi.Length == 0 && citation.Pmid.Length == 0)
            {
                Assert.That(hrefs, Is.EqualTo(citation.Url.Length > 0 ? new[] { citation.Url } : Array.Empty<string>()));
            }

            var rels = await item.Locator(".reference-links a").EvaluateAllAsync<string[]>("links => links.map(a => a.rel)");
            Assert.That(rels, Has.All.Contain("noopener"));
        }
    }

    [TestCaseSource(nameof(EveryClinic))]
    public async Task The_article_page_shows_who_reviewed_it_and_the_clinics_own_call_to_action(string host)
    {
        var clinic = ShippedContent.ClinicByHost(host);
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        await OpenShippedAsync(host, "/articles/" + page.Slug);

        var review = Page.Locator(".review-by");
        var reviewer = article.Reviewer!;
        var labels = new ClinicKit.Web.Rendering.Labels(ShippedContent.Library.Dictionary);
        await Assertions.Expect(review).ToHaveTextAsync($"{labels.MedicallyReviewedBy} {reviewer.Name}, {reviewer.Credentials} {labels.DemoData}");
        await Assertions.Expect(review.Locator("a")).ToHaveAttributeAsync("href", "/our-team#" + reviewer.Slug);
        await Assertions.Expect(review.Locator(".demo-marker")).ToBeVisibleAsync();
        var dates = await Page.Locator(".review-dates time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.That(dates, Is.EqualTo(new[] { article.Review.LastReviewed!.Value.ToString("yyyy-MM-dd"), article.Review.NextReviewDue!.Value.ToString("yyyy-MM-dd") }));
        await Assertions.Expect(Page.Locator(".review-overdue")).ToHaveCountAsync(0);

        // One call to action per page, written once in the library and filled in with this clinic's name and phone.
        var cta = Page.Locator("main .cta");
        await Assertions.Expect(cta).ToHaveCountAsync(1);
        await Assertions.Expect(cta).ToContainTextAsync(clinic.ClinicName);
        await Assertions.Expect(cta).ToContainTextAsync(clinic.Phone);
        await Assertions.Expect(cta).Not.ToContainTextAsync("{{");
        var tel = "tel:+1" + new string(clinic.Phone.Where(char.IsAsciiDigit).ToArray());
        Assert.That(await cta.Locator(".cta-phone").GetAttributeAsync("href"), Is.EqualTo(tel));
        Assert.That(await cta.Locator(".cta-button").GetAttributeAsync("href"), Is.EqualTo(clinic.BookingUrl));

        var text = await BodyTextAsync();
        foreach (var other in ShippedContent.Clinics.Where(c => c.Key != clinic.Key))
        {
            Assert.That(text, Does.Not.Contain(other.ClinicName).And.Not.Contain(other.Phone), $"{host} shows {other.ClinicName}'s details");
        }

        await AssertAccessibleAsync($"the article page on {host}");
        await ScreenshotAsync("article", host);
    }

    [Test]
    public async Task The_page_carries_medical_web_page_data_with_reviewer_citations_and_the_clinic_as_publisher()
    {
        var clinic = ShippedContent.Clinics[0];
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        await OpenShippedAsync(ShippedContent.Host(clinic), "/articles/" + page.Slug);

        var json = await Page.Locator("script[type='application/ld+json']").TextContentAsync();
        using var data = System.Text.Json.JsonDocument.Parse(json!);
        var root = data.RootElement;
        Assert.That(root.GetProperty("@type").GetString(), Is.EqualTo("MedicalWebPage"));
        Assert.That(root.GetProperty("lastReviewed").GetString(), Is.EqualTo(article.Review.LastReviewed!.Value.ToString("yyyy-MM-dd")));
        Assert.That(root.GetProperty("reviewedBy").GetProperty("@type").GetString(), Is.EqualTo("Person"));
        var reviewedBy = root.GetProperty("reviewedBy");
        Assert.That(reviewedBy.GetProperty("name").GetString(), Is.EqualTo(article.Reviewer!.Name));
        Assert.That(reviewedBy.GetProperty("jobTitle").GetString(), Is.EqualTo(article.Reviewer.Role));
        Assert.That(reviewedBy.GetProperty("hasCredential").GetProperty("name").GetString(), Is.EqualTo(article.Reviewer.Credentials));
        Assert.That(reviewedBy.GetProperty("url").GetString(), Does.EndWith("/our-team#" + article.Reviewer.Slug));
        var publisher = root.GetProperty("publisher");
        Assert.That(publisher.GetProperty("@type").GetString(), Is.EqualTo("MedicalClinic"));
        Assert.That(publisher.GetProperty("name").GetString(), Is.EqualTo(clinic.ClinicName));
        Assert.That(publisher.GetProperty("telephone").GetString(), Is.EqualTo(clinic.Phone));
        Assert.That(publisher.GetProperty("address").GetProperty("addressLocality").GetString(), Is.EqualTo(clinic.City));

        var cited = article.Claims.SelectMany(c => c.Citations).Select(c => ShippedContent.Library.Citation(c.Key!.Value)!).DistinctBy(c => c.Key).ToList();
        var citations = root.GetProperty("citation").EnumerateArray().ToList();
        Assert.That(citations.Select(c => c.GetProperty("name").GetString()), Is.EqualTo(cited.Select(c => c.Title)));
        foreach (var (item, citation) in citations.Zip(cited).Where(p => p.Second.Doi.Length > 0))
        {
            var ids = item.GetProperty("identifier").EnumerateArray().Select(i => (i.GetProperty("propertyID").GetString(), i.GetProperty("value").GetString()));
            Assert.That(ids, Does.Contain(("DOI", citation.Doi)));
        }

        var og = await Page.Locator("meta[property='og:title']").GetAttributeAsync("content");
        Assert.That(og, Does.StartWith(article.Seo.MetaTitle.Length > 0 ? article.Seo.MetaTitle : article.Title));
        Assert.That(await Page.Locator("meta[name='description']").GetAttributeAsync("content"), Is.EqualTo(article.Seo.MetaDescription));
        await Assertions.Expect(Page.Locator("meta[name='robots']")).ToHaveCountAsync(0);
    }
}
