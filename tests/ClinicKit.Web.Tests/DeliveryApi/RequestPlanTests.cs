using System.Net;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>What the head asks Umbraco for, and with which headers: the request plan a page costs.</summary>
public sealed class RequestPlanTests
{
    /// <summary>A clinic's children with what their pages show: a clinic article's library article, its citations and its
    /// reviewer, and a treatment page's reviewer, in the one answer.</summary>
    private const string DeepExpand = "expand=properties[article[properties[body[properties[citations]],reviewedBy]],reviewedBy]";

    private static ClinicSite Riverglass => ShippedContent.ClinicByHost("riverglass-ketamine.test");

    private static ClinicSite Larkspur => ShippedContent.ClinicByHost("larkspur-mood.test");

    [Test]
    public async Task A_cold_article_page_costs_two_requests_and_the_rest_of_the_clinic_costs_none()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake);
        var clinic = Riverglass;
        Assert.That(clinic.CanonicalStrategy, Is.EqualTo(Choices.CanonicalSelf), "this clinic needs no other clinic to render");
        var served = ShippedContent.ServedArticles(clinic).ToList();

        using var page = await head.GetAsync("riverglass-ketamine.test", "/articles/" + served[0].Page.Slug);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fake.Requests.Select(r => (r.PathAndQuery, r.StartItem)), Is.EqualTo(new[]
        {
            (FakeUmbraco.ApiPrefix + "content/item/", (string?)"riverglass-ketamine-care"),
            (FakeUmbraco.ApiPrefix + $"content?fetch=children:{clinic.Key:D}&sort=sortOrder:asc&skip=0&take=100&{DeepExpand}", null),
        }));

        foreach (var path in served.Skip(1).Select(p => "/articles/" + p.Page.Slug).Append("/").Append("/our-team").Append("/sitemap.xml"))
        {
            using var other = await head.GetAsync("riverglass-ketamine.test", path);
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        }

        Assert.That(fake.Requests, Has.Count.EqualTo(2), "every other page of the clinic, the team page with its reviewers included, comes from what those two answers held");
    }

    [Test]
    public async Task A_primary_canonical_clinic_also_reads_the_clinic_list_and_the_other_clinics_once()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake);
        var clinic = Larkspur;
        Assert.That(clinic.CanonicalStrategy, Is.EqualTo(Choices.CanonicalPrimary));
        var others = ShippedContent.Clinics.Where(c => c.Key != clinic.Key).ToList();

        using var page = await head.GetAsync("larkspur-mood.test", "/articles/" + ShippedContent.ServedArticles(clinic).First().Page.Slug);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var expected = new List<(string, string?)>
        {
            (FakeUmbraco.ApiPrefix + "content/item/", clinic.Key.ToString()),
            (FakeUmbraco.ApiPrefix + $"content?fetch=children:{clinic.Key:D}&sort=sortOrder:asc&skip=0&take=100&{DeepExpand}", null),
            (FakeUmbraco.ApiPrefix + "content?filter=contentType:clinicKitClinicSite&sort=sortOrder:asc&skip=0&take=100", null),
        };
        expected.AddRange(others.Select(o => (FakeUmbraco.ApiPrefix + $"content?fetch=children:{o.Key:D}&sort=sortOrder:asc&skip=0&take=100&{DeepExpand}", (string?)null)));
        Assert.That(fake.Requests.Select(r => (r.PathAndQuery, r.StartItem)), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Each_host_asks_for_its_own_start_item()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake);
        foreach (var clinic in ShippedContent.Clinics)
        {
            fake.ClearRequests();
            var host = ShippedContent.Host(clinic);
            var home = await head.GetTextAsync(host, "/");
            Assert.That(home, Does.Contain(clinic.ClinicName));
            var roots = fake.Requests.Where(r => r.PathAndQuery == FakeUmbraco.ApiPrefix + "content/item/").ToList();
            Assert.That(roots.Select(r => r.StartItem), Is.EqualTo(new[] { DeliveryApiHeads.StartItem(clinic) }), host);
        }
    }

    [Test]
    public async Task An_unknown_host_is_a_bare_404_that_asks_umbraco_nothing()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake);
        using var response = await head.GetAsync("not-a-clinic.test", "/");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(Sites.ClinicResolutionMiddleware.UnknownHostBody));
        Assert.That(fake.Requests, Is.Empty);
    }

    [Test]
    public async Task The_api_key_is_sent_and_a_wrong_one_is_a_clear_503_and_log_line()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync, apiKey: "right-key");
        await using (var head = await DeliveryApiHeads.InProcessAsync(fake, new Dictionary<string, string?> { ["ClinicKit:DeliveryApi:ApiKey"] = "right-key" }))
        {
            using var ok = await head.GetAsync("riverglass-ketamine.test", "/");
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(fake.Requests.Select(r => r.ApiKey), Has.All.EqualTo("right-key"));
            Assert.That(fake.Requests.Select(r => r.Preview), Has.All.Null, "a live head never asks for drafts");
        }

        await using var wrong = await DeliveryApiHeads.InProcessAsync(fake, new Dictionary<string, string?> { ["ClinicKit:DeliveryApi:ApiKey"] = "wrong-key" });
        using var refused = await wrong.GetAsync("riverglass-ketamine.test", "/");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(wrong.Logs.Messages(Microsoft.Extensions.Logging.LogLevel.Error), Has.Some.Contains("ClinicKit:DeliveryApi:ApiKey"));
    }

    [Test]
    public async Task A_preview_head_sends_preview_and_the_key_and_shows_drafts_a_live_head_does_not()
    {
        using var copy = UsyncCopy.OfShipped();
        var (page, article) = ShippedContent.ServedArticles(Riverglass).First();
        copy.Edit(article.Key, node =>
        {
            node.Published = false;
            UsyncCopy.Set(node, Props.Title, "Draft title nobody has published");
        });
        await using var fake = await FakeUmbraco.StartAsync(copy.Root, apiKey: "preview-key");
        var path = "/articles/" + page.Slug;

        await using var live = await DeliveryApiHeads.InProcessAsync(fake, new Dictionary<string, string?> { ["ClinicKit:DeliveryApi:ApiKey"] = "preview-key" });
        using var liveResponse = await live.GetAsync("riverglass-ketamine.test", path);
        Assert.That(liveResponse.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the published site does not show an unpublished article");

        fake.ClearRequests();
        await using var preview = await DeliveryApiHeads.InProcessAsync(fake, new Dictionary<string, string?>
        {
            ["ClinicKit:DeliveryApi:ApiKey"] = "preview-key",
            ["ClinicKit:DeliveryApi:Preview"] = "true",
        });
        var previewPage = await preview.GetTextAsync("riverglass-ketamine.test", path);
        Assert.That(previewPage, Does.Contain("Draft title nobody has published"));
        Assert.That(fake.Requests, Is.Not.Empty);
        Assert.That(fake.Requests.Select(r => (r.Preview, r.ApiKey)), Has.All.EqualTo(((string?)"true", (string?)"preview-key")));
    }
}
