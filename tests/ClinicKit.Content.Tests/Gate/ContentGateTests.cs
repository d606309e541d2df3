using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Gate;
using ClinicKit.Content.Library;

namespace ClinicKit.Content.Tests.Gate;

/// <summary>The gate on models alone, as any content source calls it: what an error touches stays at its last good version,
/// or is withheld when it has none, and everything else goes live.</summary>
public sealed class ContentGateTests
{
    private static readonly DateTimeOffset Then = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Then.AddMinutes(5);

    [Test]
    public void Content_with_no_error_goes_live_whole()
    {
        var (library, _, _, _) = TwoClinics("new");
        var served = ContentGate.Admit(library, [], null, Now);

        Assert.That(served.Library, Is.SameAs(library));
        Assert.That(served.Status, Is.EqualTo(ContentStatus.Ok));
        Assert.That(served.CleanSince, Is.EqualTo(Now));
    }

    [Test]
    public void An_error_in_an_article_keeps_the_clinics_that_show_it_at_their_last_good_version_and_the_others_go_live()
    {
        var (before, _, _, _) = TwoClinics("old");
        var lastGood = ContentGate.Admit(before, [], null, Then);
        var (after, onlyA, a, _) = TwoClinics("new");

        var served = ContentGate.Admit(after, [Problem(onlyA.Key)], lastGood, Now);

        Assert.That(served.Library.ClinicForHost("a.test")!.Tagline, Is.EqualTo("old"), "clinic A shows the broken article");
        Assert.That(served.Library.ClinicForHost("b.test")!.Tagline, Is.EqualTo("new"));
        Assert.That(served.Library.Article(onlyA.Key)!.Title, Is.EqualTo("old"));
        Assert.That(served.Status, Is.EqualTo(ContentStatus.Degraded));
        Assert.That(served.Findings.Single().Clinics, Is.EqualTo(new[] { a.ClinicName }));
        Assert.That(served.CleanSince, Is.EqualTo(Then));
    }

    [Test]
    public void An_error_in_a_citation_touches_the_clinics_whose_articles_cite_it()
    {
        var (library, onlyA, _, _) = TwoClinics("new");
        var cited = onlyA.Claims.Single().Citations.Single().Key!.Value;

        var served = ContentGate.Admit(library, [Problem(cited)], null, Now);

        Assert.That(served.IsWithheld("a.test", out var brand), Is.True);
        Assert.That(brand!.ClinicName, Is.EqualTo("Clinic A"));
        Assert.That(served.IsWithheld("b.test", out _), Is.False);
        Assert.That(served.Library.ClinicForHost("b.test"), Is.Not.Null);
        Assert.That(served.Status, Is.EqualTo(ContentStatus.Unavailable));
    }

    [Test]
    public void An_error_on_everything_keeps_the_whole_last_good_library_and_at_start_up_withholds_every_clinic()
    {
        var (before, _, _, _) = TwoClinics("old");
        var lastGood = ContentGate.Admit(before, [], null, Then);
        var (after, _, _, _) = TwoClinics("new");
        var everything = ContentProblem.OnEverything(Diagnostic.For(DiagnosticCodes.MalformedXml, null, null, "a content type cannot be read"));

        Assert.That(ContentGate.Admit(after, [everything], lastGood, Now).Library, Is.SameAs(before));
        var atStartUp = ContentGate.Admit(after, [everything], null, Now);
        Assert.That(atStartUp.Withheld.Keys, Is.EquivalentTo(new[] { "a.test", "b.test" }));
        Assert.That(atStartUp.Library.Clinics, Is.Empty);
    }

    [Test]
    public void A_domain_in_error_whose_clinic_cannot_be_read_is_withheld_and_branded_by_a_stand_in()
    {
        var (library, _, a, _) = TwoClinics("new");
        var lost = Clinic("Clinic C", "c.test", "new", []);
        var domain = new ContentProblem(Diagnostic.For(DiagnosticCodes.DomainNotClinic, null, null, "not a clinic"), [], ["C.TEST"]);

        var served = ContentGate.Admit(library, [domain], null, Now, [lost]);

        Assert.That(served.IsWithheld("c.test", out var brand), Is.True);
        Assert.That(brand, Is.SameAs(lost));
        Assert.That(served.Library.ClinicForHost(a.Hosts[0]), Is.Not.Null);
    }

    [Test]
    public void The_model_checks_find_a_dangling_citation_and_a_dangling_article_and_the_gate_withholds_the_clinics_they_touch()
    {
        var (good, onlyA, a, b) = TwoClinics("new");
        var missingArticle = Key(9);
        var library = new ContentLibrary(
            good.Articles,
            good.Citations.Where(c => c.Key != onlyA.Claims.Single().Citations.Single().Key),
            [a, b with { Articles = [.. b.Articles, Page(Key(10), missingArticle)] }],
            good.Dictionary);

        var problems = LibraryChecks.Check(library, new DateOnly(2026, 11, 22));

        Assert.That(problems.Select(p => (p.Diagnostic.Code, p.Keys.Single())),
            Is.EquivalentTo(new[] { ("CK0302", onlyA.Key), ("CK0401", Key(10)) }));
        Assert.That(LibraryChecks.Check(good, new DateOnly(2026, 11, 22)), Is.Empty);
        var served = ContentGate.Admit(library, problems, null, Now);
        Assert.That(served.Withheld.Keys, Is.EquivalentTo(new[] { "a.test", "b.test" }));
    }

    [Test]
    public void Unpublishing_a_library_article_that_clinics_still_pick_is_reported_but_goes_live()
    {
        var (before, _, _, _) = TwoClinics("old");
        var lastGood = ContentGate.Admit(before, [], null, Then);
        var (after, onlyA, a, _) = TwoClinics("new");
        var withdrawn = new ContentProblem(Diagnostic.For(DiagnosticCodes.LibraryArticleUnpublished, null, null, "not published"), [a.Articles[0].Key], []);
        var unpublished = new ContentLibrary([onlyA with { IsPublished = false }, .. after.Articles.Where(x => x.Key != onlyA.Key)], after.Citations, after.Clinics, after.Dictionary);

        var served = ContentGate.Admit(unpublished, [withdrawn], lastGood, Now);

        Assert.That(served.Library.Article(onlyA.Key)!.IsPublished, Is.False);
        Assert.That(served.Library.ClinicForHost("a.test")!.Tagline, Is.EqualTo("new"));
        Assert.That(served.Findings.Single().Clinics, Is.Empty);
        Assert.That(served.Status, Is.EqualTo(ContentStatus.Degraded));
    }

    [Test]
    public void An_article_kept_at_its_last_good_version_keeps_the_citations_it_cited_then()
    {
        var (before, onlyA, _, _) = TwoClinics("old");
        var lastGood = ContentGate.Admit(before, [], null, Then);
        var (after, _, _, _) = TwoClinics("new");
        var cited = onlyA.Claims.Single().Citations.Single().Key!.Value;
        var unpublished = new ContentLibrary(
            after.Articles,
            after.Citations.Select(c => c.Key == cited ? c with { State = CitationState.Unpublished } : c),
            after.Clinics,
            after.Dictionary);

        var served = ContentGate.Admit(unpublished, [Problem(onlyA.Key) with { Diagnostic = Diagnostic.For(DiagnosticCodes.ClaimCitationUnpublished, null, null, "unpublished") }], lastGood, Now);

        Assert.That(served.Library.Article(onlyA.Key)!.Title, Is.EqualTo("old"));
        Assert.That(served.Library.Citation(cited)!.State, Is.EqualTo(CitationState.Published));
    }

    private static ContentProblem Problem(Guid key) =>
        new(Diagnostic.For(DiagnosticCodes.InvalidJson, new("Content/x.config", 3), null, "cut short"), [key], []);

    /// <summary>Clinic A shows one article of its own; clinic B shows another. <paramref name="version"/> marks titles and taglines.</summary>
    private static (ContentLibrary Library, Article OnlyA, ClinicSite A, ClinicSite B) TwoClinics(string version)
    {
        var citationA = Key(1);
        var onlyA = Article(Key(2), version, citationA);
        var onlyB = Article(Key(3), version, Key(4));
        var a = Clinic("Clinic A", "a.test", version, [Page(Key(5), onlyA.Key)]) with { Key = Key(6) };
        var b = Clinic("Clinic B", "b.test", version, [Page(Key(7), onlyB.Key)]) with { Key = Key(8), SortOrder = 1 };
        var citations = new[] { Citation(citationA), Citation(Key(4)) };
        return (new ContentLibrary([onlyA, onlyB], citations, [a, b], new Dictionary<string, string>()), onlyA, a, b);
    }

    private static Guid Key(int n) => new($"00000000-0000-4000-8000-{n:D12}");

    private static Article Article(Guid key, string title, Guid cites) => new(
        key, title, title, "", [new ClaimBlock(new Claim(1, Guid.NewGuid(), "A claim", [new PickedDocument(cites, Udis.Document(cites))], "Efficacy", "Randomized controlled trial", ""))],
        [], Seo.None, new ReviewDates("Dr. Test", null, null), null, null, true, null);

    private static Citation Citation(Guid key) => new(key, "A study", "A. Author", "Journal", 2020, "", "", "", "", null, CitationState.Published);

    private static ClinicArticle Page(Guid key, Guid article) => new(key, "page", "page", article, "", null, Seo.None, true, 0);

    private static ClinicSite Clinic(string name, string host, string tagline, IReadOnlyList<ClinicArticle> pages) => new(
        Guid.NewGuid(), name, name, tagline, "(555) 010-0000", "care@" + host, "", "", "", "#336699", "This clinic", Seo.None, null, [host], pages, true, 0);
}
