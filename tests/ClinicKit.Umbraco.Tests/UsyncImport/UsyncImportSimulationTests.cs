using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Umbraco.Tests.PublishGuard;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace ClinicKit.Umbraco.Tests.UsyncImport;

/// <summary>
/// A new site imports ClinicKit's shipped Content folder the way uSync does (<see cref="UsyncContentImport"/>), with the guard
/// installed; then a marketer publishes from the backoffice.
/// </summary>
public sealed class UsyncImportSimulationTests
{
    private static readonly string[] ShippedKinds =
        [DocumentTypes.Article.Alias, DocumentTypes.Citation.Alias, DocumentTypes.ClinicSite.Alias, DocumentTypes.ClinicArticle.Alias];

    private UmbracoModel _model = null!;
    private ContentStore _store = null!;
    private FakeLogCollector _log = null!;
    private SiteHost _site = null!;
    private UsyncContentImport _import = null!;

    private static IReadOnlyList<ContentNode> Shipped => UmbracoModel.Shipped.Content.ToList();

    [SetUp]
    public void NewSite()
    {
        _model = new UmbracoModel();
        _store = new ContentStore();
        _log = new FakeLogCollector();
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero));
        _site = new SiteHost(_store, clock, _log);
        _import = new UsyncContentImport(_site, _model, _store);
    }

    [TearDown]
    public void StopSite() => _site.Dispose();

    [TestCase(TieOrder.FileName)]
    [TestCase(TieOrder.ReverseFileName)]
    public void Every_shipped_item_whose_file_says_published_is_published_after_the_import(TieOrder ties)
    {
        var result = _import.Run(Shipped, ties);

        Assert.That(result.Refused.Select(i => $"{i.Node.Name}: {string.Join(" ", i.RefusedWith!)}"), Is.Empty);
        Assert.That(_store.Unpublished, Is.Empty);
        Assert.Multiple(() =>
        {
            foreach (var kind in ShippedKinds)
            {
                var expected = Shipped.Where(n => n.ContentType == kind && n.Published && !n.Trashed).Select(n => n.Key).ToList();
                var published = result.Items.Where(i => i.Node.ContentType == kind && i.PublishedAfterImport).Select(i => i.Node.Key).ToList();
                TestContext.Out.WriteLine($"{kind}: the files publish {expected.Count}, the import published {published.Count}");
                Assert.That(published, Is.EquivalentTo(expected), kind);
                Assert.That(expected, Is.Not.Empty, $"the shipped folder publishes no {kind}");
            }
        });
    }

    [Test]
    public void The_shipped_order_puts_library_articles_before_citations_they_cite_so_the_import_needs_the_window()
    {
        var order = UsyncContentImport.LevelOrder(Shipped, TieOrder.FileName).Select(n => n.Key).ToList();
        var firstArticle = Shipped.Where(n => n.ContentType == DocumentTypes.Article.Alias).MinBy(n => order.IndexOf(n.Key))!;
        var lastCitation = Shipped.Where(n => n.ContentType == DocumentTypes.Citation.Alias).MaxBy(n => order.IndexOf(n.Key))!;
        Assert.That(order.IndexOf(firstArticle.Key), Is.LessThan(order.IndexOf(lastCitation.Key)), "uSync's order interleaves articles and citations");

        // The same import, with a guard that cannot tell an import from a backoffice publish.
        var result = _import.Run(Shipped, TieOrder.FileName, withNotifications: false);

        Assert.That(result.Refused.Select(i => i.Node.ContentType).Distinct(), Does.Contain(DocumentTypes.Article.Alias));
    }

    [Test]
    public void An_imported_article_whose_citation_really_is_missing_is_unpublished_when_the_import_completes_and_so_is_its_clinic_page()
    {
        var missing = Guid.Parse("6f0e4a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b");
        var broken = TestContent.Article("Ketamine and sleep", 90, TestContent.Cites(TestContent.ShippedCitation(0)), TestContent.Cites(missing));
        var clinicPage = TestContent.ClinicArticle("Bluebonnet Lane Clinic", broken, 0);

        var result = _import.Run([.. Shipped, broken, clinicPage], TieOrder.FileName);

        Assert.That(result.Refused, Is.Empty, "nothing is refused while the import runs");
        Assert.That(_store.Unpublished, Is.EqualTo(new[] { broken.Key, clinicPage.Key }), "the library article first, then the clinic page showing it");
        Assert.That(result.Items.Where(i => !i.PublishedAfterImport).Select(i => i.Node.Key), Is.EquivalentTo(new[] { broken.Key, clinicPage.Key }));
        var warnings = _log.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        Assert.That(warnings, Has.Some.Contains("unpublished \"Ketamine and sleep\"").And.Contains($"cites {missing}, which does not exist. (CK0302)"));
        Assert.That(warnings, Has.Some.Contains("unpublished \"Ketamine and sleep\"").And.Contains("is not published. Publish it first, or pick another. (CK0402)"));
    }

    [Test]
    public void An_imported_article_with_a_claim_that_cites_nothing_is_refused_even_during_the_import()
    {
        var uncited = TestContent.Article("Ketamine and anxiety", 91, "");

        var result = _import.Run([.. Shipped, uncited], TieOrder.FileName);

        var refused = result.Refused.Single();
        Assert.That(refused.Node.Key, Is.EqualTo(uncited.Key));
        Assert.That(refused.RefusedWith, Is.EqualTo(new[] { "Claim 1 (\"Claim 1 of Ketamine and anxiety.\") cites no source. (CK0301)" }));
        Assert.That(result.Items.Count(i => i.PublishedAfterImport), Is.EqualTo(Shipped.Count(n => n.Published && !n.Trashed)));
    }

    [TestCase("", "cites no source. (CK0301)", TestName = "Backoffice publish after the import: a claim citing nothing is refused")]
    [TestCase("umb://document/6f0e4a1c2b3d4e5f8a9b0c1d2e3f4a5b", "cites 6f0e4a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b, which does not exist. (CK0302)", TestName = "Backoffice publish after the import: a claim citing a missing citation is refused")]
    public void A_marketer_publishing_a_broken_article_after_the_import_is_refused_with_the_guards_message(string citations, string message)
    {
        _import.Run(Shipped, TieOrder.FileName);
        var article = _store.Add(_model.Draft(TestContent.Article("Ketamine and pain", 92, TestContent.Cites(TestContent.ShippedCitation(1)), citations)));

        // Publish in the backoffice: Umbraco's content service raises the notification through the event aggregator.
        var publishing = new ContentPublishingNotification(article, new EventMessages());
        var cancelled = _site.Events.PublishCancelable(publishing);

        Assert.That(cancelled, Is.True);
        Assert.That(publishing.Messages.GetAll().Where(m => m.MessageType == EventMessageType.Error).Select(m => m.Message),
            Is.EqualTo(new[] { $"Claim 2 (\"Claim 2 of Ketamine and pain.\") {message}" }));
        Assert.That(_site.Window.IsOpen, Is.False);
    }
}
