using System.Text.Json.Nodes;
using ClinicKit.Content.Authoring;
using ClinicKit.Content.Schema;

namespace ClinicKit.Cli.Tests;

public sealed class AuditCommandTests
{
    [Test]
    public async Task The_shipped_content_audits_clean_with_every_claim_substantiated()
    {
        var (exit, output, _) = await CliRun.Run("audit", Paths.ShippedUsync, "--format", "json");
        var report = JsonNode.Parse(output)!;
        var claims = report["articles"]!.AsArray().SelectMany(a => a!["claims"]!.AsArray()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(report["summary"]!["articles"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(report["summary"]!["unsupported"]!.GetValue<int>(), Is.Zero);
            Assert.That(report["summary"]!["plainTextStatements"]!.GetValue<int>(), Is.Zero);
            Assert.That(claims, Is.Not.Empty);
            Assert.That(claims.All(c => c!["substantiated"]!.GetValue<bool>() && c["sources"]!.AsArray().Count > 0), Is.True);
            Assert.That(report["clinics"]!.AsArray().Select(c => c!["articles"]!.AsArray().Count).Order(), Is.EqualTo(new[] { 3, 4, 5 }));
        });
    }

    private const string DemoReviewer = "Content/dr.morgan-placeholder-demo-data.config";
    private const string StarDArticle = "Content/how-ketamine-differs-from-traditional-antidepressants.config";

    /// <summary>CK0421: how many of the five shipped articles the audit says are not ready to publish, after an edit.</summary>
    private static IEnumerable<TestCaseData> Readiness()
    {
        TestCaseData Case(string why, Action<TempUsyncCopy> edit, int notReady) => new TestCaseData(edit, notReady).SetName($"CK0421: {why}");

        yield return Case("the shipped demo reviewer makes every article not ready", _ => { }, 5);
        yield return Case("a reviewer who is not marked as demo data is ready", c => c.EditContent(DemoReviewer, n => n.Set(Props.IsDemo, "0")), 0);
        yield return Case("one article picking a real reviewer leaves the other four", c =>
        {
            var real = c.AddReviewer("Dr. Ada Example", "MD, psychiatry", "Medical director");
            c.EditContent(StarDArticle, n => n.Set(Props.ReviewedBy, real));
        }, 4);
        yield return Case("one article picking a second demo reviewer is still not ready", c =>
        {
            var demo = c.AddReviewer("Dr. Second Placeholder (demo data)", "MD (placeholder)", isDemo: true);
            c.EditContent(StarDArticle, n => n.Set(Props.ReviewedBy, demo));
        }, 5);
    }

    [TestCaseSource(nameof(Readiness))]
    public async Task An_article_reviewed_by_a_demo_reviewer_is_reported_not_ready_to_publish_and_the_audit_still_exits_0(Action<TempUsyncCopy> edit, int notReady)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        edit(copy);

        var json = await CliRun.Run("audit", copy.Root, "--format", "json");
        var text = await CliRun.Run("audit", copy.Root);
        var articles = JsonNode.Parse(json.Out)!["articles"]!.AsArray();
        var flagged = articles.Where(a => a!["findings"]!.AsArray().Any(f => (string?)f!["code"] == "CK0421")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(json.Exit, Is.EqualTo(0), "not ready to publish is a readiness warning, not an unsupported claim");
            Assert.That(JsonNode.Parse(json.Out)!["summary"]!["notReadyToPublish"]!.GetValue<int>(), Is.EqualTo(notReady));
            Assert.That(flagged, Has.Count.EqualTo(notReady));
            Assert.That(flagged.Select(a => a!["readyToPublish"]!.GetValue<bool>()), Is.All.False);
            Assert.That(text.Out, Does.Contain($"{notReady} not ready to publish"));
            Assert.That(System.Text.RegularExpressions.Regex.Matches(text.Out, "CK0421 Not ready to publish: reviewed by '[^']+', a demo reviewer").Count, Is.EqualTo(notReady));
        });
    }

    [Test]
    public async Task An_unsupported_claim_is_listed_under_its_article_and_clinics_and_exits_1()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        copy.EditContent("Content/how-ketamine-differs-from-traditional-antidepressants.config",
            n => n.SetInBlock(Props.Body, Props.Citations, "", s => s == "umb://document/189fe3b2256952998d92f3aaef675672"));

        var text = await CliRun.Run("audit", copy.Root);
        var markdown = await CliRun.Run("audit", copy.Root, "--format", "markdown");

        Assert.Multiple(() =>
        {
            Assert.That(text.Exit, Is.EqualTo(1));
            Assert.That(text.Out, Does.Contain("unsupported").And.Contain("CK0301 Claim 1 (\"In STAR*D, a large study"));
            Assert.That(text.Out, Does.Contain("1 unsupported"));
            Assert.That(markdown.Out, Does.Contain("| 1 | In STAR\\*D, a large study").And.Contain("**unsupported**"));
        });
    }

    [Test]
    public async Task A_medical_claim_in_a_text_block_is_listed_with_its_block_and_kind_and_validate_warns()
    {
        const string article = "Content/how-ketamine-differs-from-traditional-antidepressants.config";
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        copy.EditContent(article, n => n.SetInBlock(Props.Body, Props.Text,
            new JsonObject { ["markup"] = "<h2>Before you book</h2><p>Bring your ID. Most patients feel better within a day.</p>", ["blocks"] = null }));

        var (exit, output, _) = await CliRun.Run("audit", copy.Root, "--format", "json");
        var report = JsonNode.Parse(output)!;
        var statements = report["articles"]!.AsArray().SelectMany(a => a!["plainTextStatements"]!.AsArray()).ToList();
        var text = await CliRun.Run("audit", copy.Root);
        var validate = await CliRun.Run("validate", copy.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, "a plain-text statement is a warning");
            Assert.That(report["summary"]!["plainTextStatements"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(statements.Select(s => (s!["block"]!.GetValue<int>(), s["kind"]!.GetValue<string>(), s["sentence"]!.GetValue<string>())),
                Is.EqualTo(new[] { (1, "onset", "Most patients feel better within a day.") }));
            Assert.That(text.Out, Does.Contain("CK0322 plain text, block 1 (how soon it works): \"Most patients feel better within a day.\"").And.Contain("1 plain-text statements"));
            Assert.That(validate.Exit, Is.Zero);
            Assert.That(validate.Out, Does.Contain(article).And.Contain("warning CK0322: Text block 1 says \"Most patients feel better within a day.\""));
        });
    }

    [Test]
    public async Task A_citation_no_claim_uses_is_reported()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var berman = File.ReadAllText(copy.PathOf("Content/berman-et-al.2000.config"));
        var key = System.Text.RegularExpressions.Regex.Match(berman, "<Content Key=\"([^\"]+)\"").Groups[1].Value;
        copy.Write("Content/unused-source-1999.config", berman.Replace(key, Guid.NewGuid().ToString()).Replace("Berman et al. 2000", "Unused source 1999"));

        var (_, output, _) = await CliRun.Run("audit", copy.Root, "--format", "json");

        Assert.That(JsonNode.Parse(output)!["unusedCitations"]!.AsArray().Count, Is.EqualTo(1));
    }
}
