using ClinicKit.Content.Schema;
using System.Text.Json;
using ClinicKit.Content.Library;
using ClinicKit.Web.Sources.DeliveryApi;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>The JSON the fake serves has Umbraco 17's shape (checked against UmbracoDocs' samples), and the head reads each
/// editor's output into the same records the uSync source builds.</summary>
public sealed class JsonShapeTests
{
    private static FakeUmbraco _fake = null!;

    private static ClinicSite Riverglass => ShippedContent.ClinicByHost("riverglass-ketamine.test");

    [OneTimeSetUp]
    public static async Task StartAsync() => _fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);

    [OneTimeTearDown]
    public static async Task StopAsync() => await _fake.DisposeAsync();

    private static JsonElement Get(string path, string? startItem = null) => JsonDocument.Parse(_fake.Json(path, startItem)).RootElement;

    private static string[] Members(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    [Test]
    public void An_item_has_the_members_of_IApiContentResponse_in_umbracos_order()
    {
        // UmbracoDocs 17, property-expansion-and-limiting.md: contentType, name, createDate, updateDate, route, id, properties, cultures.
        var root = Get("content/item/", "riverglass-ketamine-care");
        Assert.That(Members(root), Is.EqualTo(new[] { "contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures" }));
        Assert.That(root.GetProperty("cultures").EnumerateObject(), Is.Empty, "invariant content has no cultures");
        Assert.That(root.GetProperty("route").GetProperty("path").GetString(), Is.EqualTo("/"));
        Assert.That(root.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString(), Is.EqualTo("riverglass-ketamine-care"));
        Assert.That(root.GetProperty("createDate").GetString(), Is.EqualTo("2026-10-01T09:00:00"));
    }

    [Test]
    public void Editors_come_out_as_umbracos_delivery_api_writes_them()
    {
        var (page, article) = ShippedContent.ServedArticles(Riverglass).First();
        var clinicArticle = Get($"content/item/{page.Key:D}").GetProperty("properties");

        // Multinode treepicker (even with maxNumber 1): an array of shallow items until expanded.
        var picked = clinicArticle.GetProperty("article");
        Assert.That(picked.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(picked[0].GetProperty("id").GetGuid(), Is.EqualTo(article.Key));
        Assert.That(picked[0].GetProperty("properties").EnumerateObject(), Is.Empty);
        Assert.That(clinicArticle.GetProperty("introOverride").ValueKind, Is.EqualTo(JsonValueKind.Null), "no value is null");

        var full = Get($"content/item/{article.Key:D}").GetProperty("properties");
        Assert.That(full.GetProperty("lastReviewed").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT00:00:00$"));
        Assert.That(full.GetProperty("noIndex").ValueKind, Is.EqualTo(JsonValueKind.False));
        Assert.That(full.GetProperty("topics").ValueKind, Is.EqualTo(JsonValueKind.Array));

        var blocks = full.GetProperty("body").GetProperty("items");
        Assert.That(Members(blocks[0]), Is.EqualTo(new[] { "content", "settings" }));
        Assert.That(Members(blocks[0].GetProperty("content")), Is.EqualTo(new[] { "contentType", "id", "properties" }));
        var claim = blocks.EnumerateArray().Select(b => b.GetProperty("content")).First(c => c.GetProperty("contentType").GetString() == DocumentTypes.ClaimBlock.Alias);
        Assert.That(claim.GetProperty("properties").GetProperty("claimType").ValueKind, Is.EqualTo(JsonValueKind.String), "a single-choice dropdown is a string");
        Assert.That(claim.GetProperty("properties").GetProperty("citations")[0].GetProperty("properties").EnumerateObject(), Is.Empty, "not expanded");
        var text = blocks.EnumerateArray().Select(b => b.GetProperty("content")).First(c => c.GetProperty("contentType").GetString() == DocumentTypes.RichTextBlock.Alias);
        Assert.That(Members(text.GetProperty("properties").GetProperty("text")), Is.EqualTo(new[] { "markup", "blocks" }));

        var expanded = Get($"content/item/{article.Key:D}?expand=properties[body[properties[citations]]]").GetProperty("properties").GetProperty("body").GetProperty("items");
        var cited = expanded.EnumerateArray().Select(b => b.GetProperty("content")).First(c => c.GetProperty("contentType").GetString() == DocumentTypes.ClaimBlock.Alias)
            .GetProperty("properties").GetProperty("citations")[0].GetProperty("properties");
        Assert.That(cited.GetProperty("year").ValueKind, Is.EqualTo(JsonValueKind.Number), "an expanded citation carries its properties");
    }

    [Test]
    public void Markup_is_written_with_the_default_encoder_and_queries_are_paged_total_then_items()
    {
        var (_, article) = ShippedContent.ServedArticles(Riverglass).First();
        Assert.That(_fake.Json($"content/item/{article.Key:D}"), Does.Contain("\\u003Cp\\u003E"), "no relaxed encoder: < is \\u003C");
        var query = Get($"content?fetch=children:{Riverglass.Key:D}&take=1");
        Assert.That(Members(query), Is.EqualTo(new[] { "total", "items" }));
        Assert.That(query.GetProperty("total").GetInt32(), Is.EqualTo(Riverglass.Articles.Count + Riverglass.Pages.Count), "every child: the clinic's articles and its pages");
        Assert.That(query.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void Links_map_to_the_same_records_the_stored_values_give()
    {
        var target = ShippedContent.ServedArticles(Riverglass).First().Page;
        var api = JsonDocument.Parse($$$"""
            {"callToAction":{"items":[{"content":{"contentType":"clinicKitCtaBlock","id":"{{{Guid.NewGuid()}}}","properties":{
              "heading":" Call us ","body":null,"buttonLabel":"Go","style":"Subtle",
              "link":[{"url":null,"queryString":"?from=cta","title":"Page","target":"_blank","destinationId":"{{{target.Key}}}","destinationType":"clinicKitClinicArticle",
                       "route":{"path":"/x/","queryString":null,"startItem":{"id":"{{{Riverglass.Key}}}","path":"r"}},"linkType":"Content","culture":null}]}},"settings":null}]}}
            """).RootElement;
        var cta = LibraryBuilder.CallToAction(new ApiFields(api).Blocks("callToAction"))!;
        Assert.That(cta.Heading, Is.EqualTo("Call us"));
        Assert.That(cta.Style, Is.EqualTo("Subtle"));
        Assert.That(cta.Link, Is.EqualTo(new Link("?from=cta", target.Key, "Page", "_blank")));

        var external = JsonDocument.Parse("""{"link":[{"url":"https://booking.example/?a=1","queryString":"?a=1","title":"Book","target":null,"destinationId":null,"destinationType":null,"route":null,"linkType":"External","culture":null}]}""").RootElement;
        Assert.That(new ApiFields(external).Link("link"), Is.EqualTo(new Link("https://booking.example/?a=1", null, "Book", "")));
    }

    [Test]
    public void Rich_text_links_resolved_to_routes_are_read_as_the_documents_they_link_to()
    {
        // Umbraco-CMS src/Umbraco.Infrastructure/DeliveryApi/ApiRichTextMarkupParser.cs writes a document link's route into
        // href and the node into data-destination-id beside data-start-item-id; other links are left as written.
        var key = Guid.NewGuid();
        var markup = $"<p>See <a href=\"/other/\" title=\"Other\" data-destination-id=\"{key:D}\" data-destination-type=\"article\" data-start-item-path=\"article-library\" data-start-item-id=\"{Guid.NewGuid():D}\">this</a>, and <a href=\"https://example.org/\">that</a>.</p>";
        var text = ApiFields.DocumentLinks(markup);
        Assert.That(text.Parts.OfType<DocumentAddress>().Select(d => d.Key), Is.EqualTo(new[] { key }));
        Assert.That(text.Html(k => $"/articles/page-for-{k:N}/"), Is.EqualTo(markup.Replace("href=\"/other/\"", $"href=\"/articles/page-for-{key:N}/\"")));
        Assert.That(ApiFields.DocumentLinks("<p>plain</p>").Html(_ => "/wrong/"), Is.EqualTo("<p>plain</p>"));
    }

    [Test]
    public void A_citation_the_api_left_out_of_a_claim_is_simply_not_cited()
    {
        var published = Guid.NewGuid();
        var api = JsonDocument.Parse($$$"""
            {"body":{"items":[{"content":{"contentType":"clinicKitClaimBlock","id":"{{{Guid.NewGuid()}}}","properties":{
              "statement":"  A   claim ","claimType":"Efficacy","evidenceStrength":"Randomized controlled trial","qualifier":null,
              "citations":[{"contentType":"clinicKitCitation","name":"C","createDate":"2026-01-01T00:00:00","updateDate":"2026-01-01T00:00:00",
                "route":{"path":"/c/","queryString":null,"startItem":{"id":"{{{Guid.NewGuid()}}}","path":"citation-library"}},"id":"{{{published}}}","properties":{}}]}},"settings":null}]}}
            """).RootElement;
        var claim = Content.Claims.ClaimReader.Read(new ApiFields(api).Blocks("body")).Single();
        Assert.That(claim.Statement, Is.EqualTo("A claim"));
        Assert.That(claim.Citations.Select(c => c.Key), Is.EqualTo(new Guid?[] { published }));
        Assert.That((claim.ClaimType, claim.EvidenceStrength, claim.Qualifier), Is.EqualTo(("Efficacy", "Randomized controlled trial", "")));
    }

    [Test]
    public void A_legacy_publish_payload_names_the_item_its_type_and_its_clinic()
    {
        var (page, _) = ShippedContent.ServedArticles(Riverglass).First();
        var body = System.Text.Encoding.UTF8.GetBytes(_fake.Json($"content/item/{page.Key:D}"));
        Assert.That(UmbracoWebhookEndpoint.TryReadPayload(body, out var id, out var type, out var root), Is.True);
        Assert.That((id, type, root), Is.EqualTo((page.Key, DocumentTypes.ClinicArticle.Alias, (Guid?)Riverglass.Key)));

        Assert.That(UmbracoWebhookEndpoint.TryReadPayload("{\"Id\":\"0b7a4e3c-0000-4000-8000-000000000001\"}"u8.ToArray(), out id, out type, out root), Is.True);
        Assert.That((id, type, root), Is.EqualTo((new Guid("0b7a4e3c-0000-4000-8000-000000000001"), (string?)null, (Guid?)null)));
    }
}
