using System.Text.Json.Nodes;
using ClinicKit.Content.Authoring;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Validation;

namespace ClinicKit.Content.Tests.Pages;

/// <summary>CK0410-CK0416 and the claim rules on treatment pages: what a marketer can break on the pages patients look for.
/// Each case writes one page of the shipped Riverglass clinic again, built with the authoring builders, and validates.</summary>
public sealed class PageRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTime Created = new(2026, 10, 20, 9, 0, 0);

    public static IEnumerable<TestCaseData> Breakages()
    {
        yield return Case("a contact page with no opening hours", "CK0410", "Warning", (f, clinic) =>
            [PatientPageNodes.Contact(Page(f, clinic, "Contact and location", DocumentTypes.ContactPage), [], "", "")]);
        yield return Case("opening hours that close before they open", "CK0411", "Error", (f, clinic) =>
            [PatientPageNodes.Contact(Page(f, clinic, "Contact and location", DocumentTypes.ContactPage), [new OpeningHours(["Monday"], "17:00", "09:00")], "", "")]);
        yield return Case("opening hours with no days", "CK0411", "Error", (f, clinic) =>
            [PatientPageNodes.Contact(Page(f, clinic, "Contact and location", DocumentTypes.ContactPage), [new OpeningHours([], "09:00", "17:00")], "", "")]);
        yield return Case("opening hours that are not times", "CK0411", "Error", (f, clinic) =>
            [PatientPageNodes.Contact(Page(f, clinic, "Contact and location", DocumentTypes.ContactPage), [new OpeningHours(["Friday"], "9am", "5pm")], "", "")]);
        yield return Case("a map link that is not https", "CK0412", "Error", (f, clinic) =>
            [PatientPageNodes.Contact(Page(f, clinic, "Contact and location", DocumentTypes.ContactPage), [new OpeningHours(["Monday"], "09:00", "17:00")], "javascript:alert(1)", "")]);
        yield return Case("a legal page whose URL is the head's article list", "CK0413", "Error", (f, clinic) =>
            [PatientPageNodes.Legal(Page(f, clinic, "Articles", DocumentTypes.LegalPage, key: Guid.NewGuid()), "<p>Text.</p>")]);
        yield return Case("two legal pages with the same URL", "CK0413", "Error", (f, clinic) =>
            [PatientPageNodes.Legal(Page(f, clinic, "Privacy notice", DocumentTypes.LegalPage, key: Guid.NewGuid(), sortOrder: 99), "<p>Text.</p>")]);
        yield return Case("an unpublished page in the main navigation", "CK0414", "Warning", (f, clinic) =>
            [PatientPageNodes.Legal(Page(f, clinic, "Complaints", DocumentTypes.LegalPage, key: Guid.NewGuid(), published: false, showInNavigation: true), "<p>Text.</p>")]);
        yield return Case("a navigation label too long for a phone", "CK0415", "Warning", (f, clinic) =>
            [PatientPageNodes.Legal(Page(f, clinic, "Complaints", DocumentTypes.LegalPage, key: Guid.NewGuid(), showInNavigation: true, title: "How to make a complaint about our care"), "<p>Text.</p>")]);
        yield return Case("seven pages in the main navigation", "CK0415", "Warning", (f, clinic) =>
            Enumerable.Range(1, 5).Select(i => PatientPageNodes.Legal(Page(f, clinic, $"Extra {i}", DocumentTypes.LegalPage, key: Guid.NewGuid(), showInNavigation: true), "<p>Text.</p>")).ToArray());
        yield return Case("a medical statement in a page summary", "CK0416", "Warning", (f, clinic) =>
            [PatientPageNodes.Legal(Page(f, clinic, "Privacy notice", DocumentTypes.LegalPage, summary: "Ketamine is completely safe under supervision."), "<p>Text.</p>")]);
        yield return Case("a published treatment page with no safety information", "CK0320", "Error", (f, clinic) =>
            [PatientPageNodes.Treatment(Page(f, clinic, "Ketamine treatment", DocumentTypes.TreatmentPage),
                [Claim("Regulatory", Cited(f, "fda-news-release-2019"))], "Adults.", null, "", "", [], Reviewer(f), "2026-10-15T00:00:00", "2027-10-15T00:00:00")]);
        yield return Case("a treatment claim that cites nothing", "CK0301", "Error", (f, clinic) =>
            [PatientPageNodes.Treatment(Page(f, clinic, "Ketamine treatment", DocumentTypes.TreatmentPage),
                [Claim("Regulatory", Cited(f, "fda-news-release-2019")), Claim("Efficacy", "")], "Adults.", Safety(Cited(f, "short-et-al.2018")), "", "", [], Reviewer(f), "2026-10-15T00:00:00", "2027-10-15T00:00:00")]);
        yield return Case("an FAQ answer that makes a medical claim", "CK0416", "Warning", (f, clinic) =>
            [PatientPageNodes.Treatment(Page(f, clinic, "Ketamine treatment", DocumentTypes.TreatmentPage),
                [Claim("Regulatory", Cited(f, "fda-news-release-2019"))], "Adults.", Safety(Cited(f, "short-et-al.2018")), "", "",
                [new FaqItem("Does it work?", "Ketamine infusions provide lasting relief from depression symptoms.")], Reviewer(f), "2026-10-15T00:00:00", "2027-10-15T00:00:00")]);
    }

    [TestCaseSource(nameof(Breakages))]
    public void A_broken_page_is_reported_with_its_code_and_file(Func<UsyncFolder, ContentNode, ContentNode[]> pages, string code, string severity)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var folder = UsyncFolderReader.Read(copy.Root);
        var clinic = Riverglass(folder);
        var written = pages(folder, clinic).Select(p => UsyncWrites.Item(copy.Root, p)).ToList();

        var found = UsyncValidator.Validate(UsyncFolderReader.Read(copy.Root), Today).Where(d => d.Code == code).ToList();

        Assert.That(found, Is.Not.Empty, $"no {code}");
        Assert.That(found.Select(d => d.Severity.ToString()), Is.All.EqualTo(severity));
        Assert.That(found.Select(d => d.File), Is.SubsetOf(written.Append(clinic.Source!.File)), "reported on the page it is about, or on its clinic");
    }

    [Test]
    public void The_shipped_pages_pass_every_rule()
    {
        var findings = UsyncValidator.Validate(UsyncFolderReader.Read(Paths.ShippedUsync), Today)
            .Where(d => string.CompareOrdinal(d.Code, "CK0410") >= 0 && string.CompareOrdinal(d.Code, "CK0419") <= 0 || (d.Item ?? "").Contains("page '", StringComparison.Ordinal));
        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void A_draft_treatment_page_is_warned_not_failed()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var folder = UsyncFolderReader.Read(copy.Root);
        UsyncWrites.Item(copy.Root, PatientPageNodes.Treatment(Page(folder, Riverglass(folder), "Ketamine treatment", DocumentTypes.TreatmentPage, published: false),
            [], "", null, "", "", []));

        var findings = UsyncValidator.Validate(UsyncFolderReader.Read(copy.Root), Today).Where(d => d.Code is "CK0320" or "CK0321").ToList();

        Assert.That(findings.Select(d => d.Code), Is.EquivalentTo(new[] { "CK0320", "CK0321" }));
        Assert.That(findings.Select(d => d.Severity.ToString()), Is.All.EqualTo("Warning"));
        Assert.That(findings.Select(d => d.Message), Is.All.EndsWith("(draft: fix before publishing)"));
    }

    private static TestCaseData Case(string name, string code, string severity, Func<UsyncFolder, ContentNode, ContentNode[]> pages) =>
        new TestCaseData(pages, code, severity).SetName($"{code} {severity}: {name}");

    private static ContentNode Riverglass(UsyncFolder folder) =>
        folder.Content.Single(n => n.ContentType == DocumentTypes.ClinicSite.Alias && n.Name == "Riverglass Ketamine Care");

    /// <summary>The clinic's page of that name and type (kept in its own file), or a new page.</summary>
    private static ContentNode Page(UsyncFolder folder, ContentNode clinic, string name, DocumentTypeRef type, Guid? key = null, bool published = true,
        bool showInNavigation = false, string? title = null, string summary = "", int sortOrder = 50)
    {
        var existing = key is null ? folder.Content.Single(n => n.ParentKey == clinic.Key && n.Name == name && n.ContentType == type.Alias) : null;
        var node = PatientPageNodes.Page(existing?.Key ?? key!.Value, name, type.Alias, clinic, existing?.SortOrder ?? sortOrder, published, Created,
            new PageBasics(title ?? name, summary, showInNavigation, ""));
        node.Source = existing?.Source;
        return node;
    }

    /// <summary>The shipped demo reviewer, picked as the reviewer picker stores it.</summary>
    private static string Reviewer(UsyncFolder folder) =>
        Udis.Document(folder.Content.Single(n => n.ContentType == DocumentTypes.Reviewer.Alias).Key);

    private static string Cited(UsyncFolder folder, string citationFile) =>
        Udis.Document(folder.Content.Single(n => n.Source!.File == $"Content/{citationFile}.config").Key);

    private static BlockItem Claim(string type, string citations) => new(DocumentTypes.ClaimBlock.Key, Guid.NewGuid(),
    [
        ContentNodes.Value(Props.Statement, "A statement a reviewer checked."),
        ContentNodes.Value(Props.Citations, citations),
        ContentNodes.Value(Props.ClaimType, new JsonArray(JsonValue.Create(type))),
        ContentNodes.Value(Props.EvidenceStrength, new JsonArray(JsonValue.Create("Regulatory decision"))),
        ContentNodes.Value(Props.Qualifier, "A caveat."),
    ]);

    private static BlockItem Safety(string citations)
    {
        var point = Claim("Safety", citations);
        var points = new BlockValue([point], [], [new BlockExpose(point.Key, null, null)], [new BlockLayout(BlockValue.BlockListEditor, [new BlockLayoutItem(point.Key, null, [])])]);
        return new BlockItem(DocumentTypes.SafetyBlock.Key, Guid.NewGuid(),
            [ContentNodes.Value(Props.Heading, "Important safety information"), ContentNodes.Value(Props.Risks, BlockValueJson.ToNode(points))]);
    }
}
