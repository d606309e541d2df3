using System.Text.Json.Nodes;
using ClinicKit.Web.Articles;
using ClinicKit.Web.Rendering;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>Structured data is data: no content value can end the script element it sits in.</summary>
public sealed class JsonLdTests
{
    [TestCase("</script><script>alert(1)</script>")]
    [TestCase("<!-- <script>")]
    [TestCase("]]> & ' \" \u2028 \u2029")]
    public void Text_that_could_close_the_data_block_is_escaped_and_reads_back_unchanged(string hostile)
    {
        var json = JsonLd.Serialize(new JsonObject { ["name"] = hostile });
        Assert.That(json, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&"));
        Assert.That(JsonNode.Parse(json)!["name"]!.GetValue<string>(), Is.EqualTo(hostile));
    }

    [TestCase("10.1038/mp.2017.255", "10.1038/mp.2017.255")]
    [TestCase("10.1016/S0006-3223(99)00230-9", "10.1016/S0006-3223(99)00230-9")]
    [TestCase("10.1000/a#b?c d", "10.1000/a%23b%3Fc%20d")]
    public void A_doi_link_keeps_the_doi_readable_and_escapes_only_what_would_break_the_url(string doi, string expected) =>
        Assert.That(ArticlePageBuilder.EscapeDoi(doi), Is.EqualTo(expected));
}
