using System.Net;
using System.Text.Json.Nodes;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Availability;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>Umbraco answering with JSON of the wrong shape (issue 12, item 4: properties of the wrong type made article pages
/// 404 and home pages empty; a missing <c>properties</c> made every clinic "Not found"): the head keeps serving the last good
/// page, says so in <c>X-ClinicKit-Stale: malformed-content</c>, and logs a Warning naming the item and the property.</summary>
public sealed class WrongShapeTests
{
    private const string Host = "riverglass-ketamine.test";
    private const string Article = "article";
    private const string Home = "home";
    private const string Treatment = "treatment";

    private static readonly Dictionary<string, string?> AskEveryTime = new()
    {
        // No page cache: every request goes to the content source, whose answers these tests are about.
        ["ClinicKit:PageCacheSeconds"] = "0",
        ["ClinicKit:DeliveryApi:FreshSeconds"] = "0",
        ["ClinicKit:DeliveryApi:Retries"] = "0",
    };

    /// <param name="contentType">The content type whose items Umbraco now answers wrongly.</param>
    /// <param name="blockType">When set, the property is one of this block's, inside the item's body or call to action.</param>
    /// <param name="property">The property (null: the item loses its whole <c>properties</c> object).</param>
    /// <param name="json">What Umbraco now sends for it.</param>
    [TestCase("article", null, Props.Title, "42", Article)]
    [TestCase("article", null, Props.Body, "\"<p>the body as a string</p>\"", Article)]
    [TestCase("article", null, Props.Body, "{\"items\": \"none\"}", Article)]
    [TestCase("article", null, Props.Topics, "\"ketamine, depression\"", Article)]
    [TestCase("article", "claimBlock", Props.Citations, "\"umb://document/0\"", Article)]
    [TestCase("article", "claimBlock", Props.Statement, "[\"a\", \"b\"]", Article)]
    [TestCase("article", "richTextBlock", Props.Text, "\"<p>markup without its model</p>\"", Article)]
    [TestCase("citation", null, Props.Year, "{\"value\": 2020}", Article)]
    [TestCase("clinicSite", null, Props.ClinicName, "{\"name\": \"Riverglass\"}", Home)]
    [TestCase("clinicSite", null, Props.NoIndex, "\"no\"", Home)]
    [TestCase("clinicSite", null, Props.CanonicalStrategy, "[1]", Home)]
    [TestCase("clinicSite", null, null, null, Home)]
    [TestCase("clinicArticle", null, Props.Article, "\"umb://document/1\"", Home)]
    [TestCase("clinicArticle", null, null, null, Home)]
    [TestCase("article", "safetyBlock", Props.Heading, "[\"Safety\"]", Article)]
    [TestCase("treatmentPage", null, Props.Costs, "{\"amount\": 300}", Treatment)]
    [TestCase("treatmentPage", null, Props.Faq, "\"Does it hurt?\"", Treatment)]
    public async Task A_wrong_shape_keeps_the_last_good_page_marked_stale_and_names_the_item_and_property(
        string contentType, string? blockType, string? property, string? json, string page)
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, AskEveryTime);
        var clinic = ShippedContent.ClinicByHost(Host);
        var path = page switch
        {
            Article => "/articles/" + ShippedContent.ServedArticles(clinic).First().Page.Slug,
            Treatment => PatientPages.PathOf(PatientPages.Served(clinic).OfType<TreatmentContent>().First()),
            _ => "/",
        };
        using var good = await head.GetAsync(Host, path);
        Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var goodBody = await good.Content.ReadAsStringAsync();

        fake.Reshape = item => Reshape(item, Alias(contentType), blockType is null ? null : Alias(blockType), property, json);
        using var stale = await head.GetAsync(Host, path);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stale.Headers.GetValues(StaleResponses.Header), Is.EqualTo(new[] { "malformed-content" }));
        Assert.That(await stale.Content.ReadAsStringAsync(), Is.EqualTo(goodBody), "the last good page, as it was");
        var warning = head.Logs.Messages(LogLevel.Warning).Single(m => m.Contains("malformed-content", StringComparison.Ordinal));
        Assert.That(warning, Does.Contain(Alias(blockType ?? contentType)));
        Assert.That(warning, Does.Contain(property is null ? "properties object" : $"property '{property}'"));
    }

    [Test]
    public async Task Without_a_good_copy_a_clinic_root_without_properties_is_a_503_not_a_missing_clinic()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        fake.Reshape = item => Reshape(item, DocumentTypes.ClinicSite.Alias, null, null, null);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, AskEveryTime);

        using var response = await head.GetAsync(Host, "/");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(ContentAvailabilityMiddleware.PlainUnavailableBody));
        Assert.That(head.Logs.Messages(LogLevel.Error), Has.Some.Contains("properties object"));
    }


    /// <summary>The rows name content types by role; the schema says which alias each has.</summary>
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["article"] = DocumentTypes.Article.Alias,
        ["citation"] = DocumentTypes.Citation.Alias,
        ["clinicSite"] = DocumentTypes.ClinicSite.Alias,
        ["clinicArticle"] = DocumentTypes.ClinicArticle.Alias,
        ["claimBlock"] = DocumentTypes.ClaimBlock.Alias,
        ["richTextBlock"] = DocumentTypes.RichTextBlock.Alias,
        ["safetyBlock"] = DocumentTypes.SafetyBlock.Alias,
        ["treatmentPage"] = DocumentTypes.TreatmentPage.Alias,
    };

    private static string Alias(string role) => Aliases[role];

    private static void Reshape(JsonObject item, string contentType, string? blockType, string? property, string? json)
    {
        if ((string?)item["contentType"] != contentType)
        {
            return;
        }

        if (property is null)
        {
            item.Remove("properties");
            return;
        }

        // A picked item Umbraco did not expand comes with "properties": {} whatever its data types output.
        if (item["properties"] is not JsonObject { Count: > 0 } properties)
        {
            return;
        }

        if (blockType is null)
        {
            properties[property] = JsonNode.Parse(json!);
            return;
        }

        foreach (var blocks in new[] { properties[Props.Body], properties[Props.CallToAction] })
        {
            foreach (var block in (blocks?["items"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (block["content"] is JsonObject content && (string?)content["contentType"] == blockType && content["properties"] is JsonObject values)
                {
                    values[property] = JsonNode.Parse(json!);
                }
            }
        }
    }
}
