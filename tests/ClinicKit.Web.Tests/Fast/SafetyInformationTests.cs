using AngleSharp.Html.Parser;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>The important safety information as a patient sees it on every shipped treatment article: a panel in the page
/// (not collapsed into a details element), its three sections, and every point a claim with a numbered reference.</summary>
public sealed class SafetyInformationTests
{
    [TestCase("how-does-ketamine-work-for-depression")]
    [TestCase("ketamine-for-depression-three-things-to-know-first")]
    public async Task A_treatment_article_shows_its_safety_information_in_full_with_cited_points(string slug)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var clinic = ShippedContent.Clinics.First(c => ShippedContent.ServedArticles(c).Any(p => p.Page.Slug == slug));
        var html = await head.Client.GetStringAsync($"http://{ShippedContent.Host(clinic)}/articles/{slug}");
        var document = new HtmlParser().ParseDocument(html);

        var panel = document.QuerySelector("section.safety");
        Assert.That(panel, Is.Not.Null, "the article shows a safety panel");
        Assert.That(panel!.Closest("details"), Is.Null, "never collapsed");
        Assert.That(panel.QuerySelector("h2")!.TextContent, Is.EqualTo("Important safety information"));
        Assert.That(panel.QuerySelectorAll("h3").Select(h => h.TextContent),
            Is.EqualTo(new[] { "Who should not have it", "Risks and side effects", "Monitoring to expect" }));
        var points = panel.QuerySelectorAll(".claim");
        Assert.That(points, Is.Not.Empty);
        foreach (var point in points)
        {
            var refs = point.QuerySelectorAll(".claim-refs a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.That(refs, Is.Not.Empty, point.TextContent);
            Assert.That(refs.All(r => document.GetElementById(r.TrimStart('#')) is not null), Is.True, "each reference is in the list");
        }
    }
}
