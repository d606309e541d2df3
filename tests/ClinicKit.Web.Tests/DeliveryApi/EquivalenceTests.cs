using ClinicKit.Web.Sites;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>The same content through both sources renders the same bytes: every page of every demo clinic, read from the
/// uSync folder and from the fake Umbraco serving that folder as Delivery API JSON.</summary>
public sealed class EquivalenceTests
{
    [Test]
    public async Task Every_page_of_every_clinic_is_byte_identical_from_usync_and_from_the_delivery_api() =>
        await AssertIdenticalAsync(Paths.ShippedUsync);

    /// <summary>Links the demo content does not have: a rich text link to another library article (this clinic's page for it,
    /// or its home page), a call to action picking a clinic article, and one with an external URL and query string.</summary>
    [Test]
    public async Task Content_links_render_the_same_from_both_sources()
    {
        using var copy = UsyncCopy.OfShipped();
        var riverglass = ShippedContent.ClinicByHost("riverglass-ketamine.test");
        var bluebonnet = ShippedContent.ClinicByHost("bluebonnet-lane.test");
        var linkedPage = ShippedContent.ServedArticles(riverglass).Last();
        var withLink = ShippedContent.ServedArticles(riverglass).First().Article;
        copy.Edit(withLink.Key, node => UsyncCopy.EditBlocks(node, Content.Schema.Props.Body, block =>
        {
            if (!UsyncCopy.IsBlockOf(block, Content.Schema.DocumentTypes.RichTextBlock.Key))
            {
                return false;
            }

            var text = block["values"]!.AsArray().First(v => (string?)v!["alias"] == "text")!["value"]!;
            text["markup"] = (string?)text["markup"] + $"<p>Read <a type=\"document\" href=\"/{{localLink:{Content.Blocks.Udis.Document(linkedPage.Article.Key)}}}\" title=\"Next\">the next article</a>.</p>";
            return true;
        }));
        copy.Edit(riverglass.Key, node => UsyncCopy.EditBlocks(node, Content.Schema.Props.CallToAction, block =>
        {
            UsyncCopy.SetBlockValue(block, "link", System.Text.Json.Nodes.JsonNode.Parse(
                $"[{{\"name\":\"Read\",\"target\":null,\"udi\":\"{Content.Blocks.Udis.Document(linkedPage.Page.Key)}\",\"url\":null,\"queryString\":\"?from=cta\"}}]"));
            return true;
        }));
        copy.Edit(bluebonnet.Key, node => UsyncCopy.EditBlocks(node, Content.Schema.Props.CallToAction, block =>
        {
            UsyncCopy.SetBlockValue(block, "link", System.Text.Json.Nodes.JsonNode.Parse(
                "[{\"name\":\"Book\",\"target\":\"_blank\",\"udi\":null,\"url\":\"https://booking.example/\",\"queryString\":\"?src=site\"}]"));
            return true;
        }));

        var pages = await AssertIdenticalAsync(copy.Root);
        Assert.That(pages, Has.Some.Contains("the next article</a>"), "the rich text link reached the pages");
        Assert.That(pages, Has.Some.Contains("https://booking.example/?src=site"), "the external link reached the pages");
    }

    /// <summary>Renders every page from both sources and requires the same status, content type and bytes; returns the pages.</summary>
    private static async Task<List<string>> AssertIdenticalAsync(string folder)
    {
        await using var fake = await FakeUmbraco.StartAsync(folder);
        await using var usync = await InProcessHead.StartAsync(folder);
        await using var api = await DeliveryApiHeads.InProcessAsync(fake);
        var bodies = new List<string>();

        var expected = await usync.App.Services.GetRequiredService<SitePages>().AllAsync();
        var actual = await api.App.Services.GetRequiredService<SitePages>().AllAsync();
        Assert.That(actual.Select(s => (s.Host, string.Join(' ', s.Pages.Select(p => p.Path)))),
            Is.EqualTo(expected.Select(s => (s.Host, string.Join(' ', s.Pages.Select(p => p.Path))))),
            "both sources should list the same clinics and pages");
        Assert.That(expected.Sum(s => s.Pages.Count(p => p.Kind == SitePageKind.Article)), Is.GreaterThan(3), "the demo content has articles to compare");

        var compared = 0;
        foreach (var site in expected)
        {
            foreach (var page in site.Pages)
            {
                using var fromUsync = await usync.GetAsync(site.Host, page.Path);
                using var fromApi = await api.GetAsync(site.Host, page.Path);
                var usyncBytes = await fromUsync.Content.ReadAsByteArrayAsync();
                var apiBytes = await fromApi.Content.ReadAsByteArrayAsync();
                Assert.That((int)fromApi.StatusCode, Is.EqualTo((int)fromUsync.StatusCode), $"{site.Host}{page.Path} status");
                Assert.That(fromApi.Content.Headers.ContentType?.ToString(), Is.EqualTo(fromUsync.Content.Headers.ContentType?.ToString()), $"{site.Host}{page.Path} content type");
                if (!apiBytes.SequenceEqual(usyncBytes))
                {
                    Assert.Fail($"{site.Host}{page.Path} differs:\n{FirstDifference(System.Text.Encoding.UTF8.GetString(usyncBytes), System.Text.Encoding.UTF8.GetString(apiBytes))}");
                }

                Assert.That(fromApi.Headers.Contains("X-ClinicKit-Stale"), Is.False, $"{site.Host}{page.Path} was served fresh");
                bodies.Add(System.Text.Encoding.UTF8.GetString(apiBytes));
                compared++;
            }
        }

        TestContext.Out.WriteLine($"{compared} pages compared, {fake.Requests.Count} Delivery API requests");
        return bodies;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        string Around(string s) => s.Substring(Math.Max(0, i - 120), Math.Min(240, s.Length - Math.Max(0, i - 120)));
        return $"uSync:        …{Around(expected)}…\nDelivery API: …{Around(actual)}…";
    }
}
