using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Availability;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>Delivery API answers that <c>clinickit validate</c> would reject (issue 12, item 1, "one gate for content"): they
/// go through the same model checks (<c>LibraryChecks</c>) before they are cached, so the visitor keeps the last good page
/// marked <c>X-ClinicKit-Stale: invalid-content</c>, the log names the item and code once at Warning, the health endpoint
/// reports it, and a clinic with no good copy answers its branded 503 while the others stay up.</summary>
public sealed class RefusedContentTests
{
    private const string Host = "riverglass-ketamine.test";

    private static readonly Dictionary<string, string?> AskEveryTime = new()
    {
        // No page cache: every request goes to the content source, whose answers these tests are about.
        ["ClinicKit:PageCacheSeconds"] = "0",
        ["ClinicKit:DeliveryApi:FreshSeconds"] = "0",
        ["ClinicKit:DeliveryApi:Retries"] = "0",
    };

    public enum Fault
    {
        /// <summary>Every claim's citations picker lists a document that is not a citation (an article; a picker whose data
        /// type allows any document type), so the citation it names does not exist. Pickers in Umbraco's output list only
        /// published items (<c>MultiNodeTreePickerValueConverter</c> drops the rest), so this is the one way a Delivery API
        /// claim cites a citation that does not resolve.</summary>
        ClaimCitesMissingCitation,

        /// <summary>Every claim's citations picker is empty: what the Delivery API outputs once every picked citation is
        /// unpublished or deleted (its multinode tree picker value converter drops picks it cannot serve).</summary>
        ClaimWithoutCitation,

        /// <summary>Every claim's statement is empty.</summary>
        ClaimWithoutStatement,

        /// <summary>Every clinic article's article picker lists a document that is not a library article (a citation).</summary>
        ClinicArticlePicksMissingArticle,
    }

    [TestCase(Fault.ClaimCitesMissingCitation, "CK0302")]
    [TestCase(Fault.ClaimWithoutCitation, "CK0301")]
    [TestCase(Fault.ClaimWithoutStatement, "CK0304")]
    [TestCase(Fault.ClinicArticlePicksMissingArticle, "CK0401")]
    public async Task Refused_content_keeps_the_last_good_page_marked_stale_logs_it_and_reports_it(Fault fault, string code)
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, AskEveryTime);
        var clinic = ShippedContent.ClinicByHost(Host);
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        var path = fault == Fault.ClinicArticlePicksMissingArticle ? "/" : "/articles/" + page.Slug;
        using var good = await head.GetAsync(Host, path);
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var goodBody = await good.Content.ReadAsStringAsync();

        fake.Reshape = item => Break(item, fault, _ => true);
        using var stale = await head.GetAsync(Host, path);
        var name = fault == Fault.ClinicArticlePicksMissingArticle ? page.Name : article.Name;
        var warnings = Warnings(head, code, name);
        using var again = await head.GetAsync(Host, path);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stale.Headers.GetValues(StaleResponses.Header), Is.EqualTo(new[] { "invalid-content" }));
        Assert.That(await stale.Content.ReadAsStringAsync(), Is.EqualTo(goodBody), "the last good page, as it was");
        Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo(goodBody));
        Assert.That(warnings, Is.Not.Empty.And.Unique, "each problem (one per claim) logged, naming the item and the code");
        Assert.That(Warnings(head, code, name), Is.EqualTo(warnings), "logged once, not at every request");
        Assert.That(warnings[0], Does.Contain(fault == Fault.ClinicArticlePicksMissingArticle ? page.Key.ToString() : article.Key.ToString()));

        var health = await head.HealthAsync();
        Assert.That(health.GetProperty("source").GetString(), Is.EqualTo("deliveryApi"));
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("degraded"));
        Assert.That(health.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("code").GetString() == code)
            .Select(d => d.GetProperty("item").GetString()), Has.Some.Contains($"'{name}'"));

        fake.Reshape = null;
        using var mended = await head.GetAsync(Host, path);
        Assert.That(mended.Headers.Contains(StaleResponses.Header), Is.False, "good content is taken again");
    }

    [Test]
    public async Task At_start_up_with_only_bad_content_the_clinic_answers_its_branded_503_and_another_clinic_stays_up()
    {
        var clinic = ShippedContent.ClinicByHost(Host);
        var other = ShippedContent.Clinics.First(c => c.Key != clinic.Key);
        var pages = clinic.Articles.Select(a => a.Key).ToHashSet();
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        fake.Reshape = item => Break(item, Fault.ClinicArticlePicksMissingArticle, pages.Contains);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, AskEveryTime);

        using var response = await head.GetAsync(Host, "/");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "temporarily unavailable, never a 404");
        Assert.That(PageText.Visible(await response.Content.ReadAsStringAsync()), Does.Contain(clinic.ClinicName).And.Contain("temporarily unavailable"));
        using var otherHome = await head.GetAsync(ShippedContent.Host(other), "/");
        Assert.That(otherHome.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{other.ClinicName} shows nothing refused and stays up");

        var health = await head.HealthAsync();
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("unavailable"));
        Assert.That(health.GetProperty("withheld").EnumerateArray().Select(h => h.GetString()), Does.Contain(Host));
        Assert.That(health.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()),
            Does.Contain(DiagnosticCodes.LibraryArticleMissing.Code));
    }

    [Test]
    public async Task Before_any_refusal_the_health_endpoint_reports_the_delivery_api_as_ok()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, AskEveryTime);
        using var home = await head.GetAsync(Host, "/");

        var health = await head.HealthAsync();
        Assert.That(health.GetProperty("source").GetString(), Is.EqualTo("deliveryApi"));
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(health.GetProperty("diagnostics").GetArrayLength(), Is.Zero);
    }

    /// <summary>A pick Umbraco did not expand (<c>"properties": {}</c>, as <c>ApiContentBuilderBase</c> outputs a pick outside
    /// the expand tree): it names a published item and says nothing of it.</summary>
    private static JsonObject ShallowPick(string contentType) => new()
    {
        ["contentType"] = contentType,
        ["name"] = "Gone",
        ["route"] = new JsonObject { ["path"] = "/gone/" },
        ["id"] = "3c1b6f0e-9d4a-4e57-b2a8-7f5e0c9d1a42",
        ["properties"] = new JsonObject(),
    };

    private static void Break(JsonObject item, Fault fault, Func<Guid, bool> which)
    {
        if (item["properties"] is not JsonObject { Count: > 0 } properties || !Guid.TryParse((string?)item["id"], out var id) || !which(id))
        {
            return;
        }

        if (fault == Fault.ClinicArticlePicksMissingArticle)
        {
            if ((string?)item["contentType"] == DocumentTypes.ClinicArticle.Alias)
            {
                properties[Props.Article] = new JsonArray(ShallowPick(DocumentTypes.Citation.Alias));
            }

            return;
        }

        if ((string?)item["contentType"] != DocumentTypes.Article.Alias)
        {
            return;
        }

        foreach (var block in (properties[Props.Body]?["items"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (block["content"] is JsonObject content && (string?)content["contentType"] == DocumentTypes.ClaimBlock.Alias && content["properties"] is JsonObject values)
            {
                switch (fault)
                {
                    case Fault.ClaimCitesMissingCitation:
                        values[Props.Citations] = new JsonArray(ShallowPick(DocumentTypes.Article.Alias));
                        break;
                    case Fault.ClaimWithoutCitation:
                        values[Props.Citations] = new JsonArray();
                        break;
                    default:
                        values[Props.Statement] = "";
                        break;
                }
            }
        }
    }

    private static List<string> Warnings(InProcessHead head, string code, string name) =>
        head.Logs.Messages(LogLevel.Warning).Where(m => m.Contains(code, StringComparison.Ordinal) && m.Contains($"'{name}'", StringComparison.Ordinal)).ToList();
}
