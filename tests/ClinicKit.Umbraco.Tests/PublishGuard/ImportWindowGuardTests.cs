using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

using Content = global::Umbraco.Cms.Core.Models.Content;

/// <summary>
/// The guard while a uSync import runs (between uSync's import-starting and import-completed notifications): rules about
/// other documents wait for the import to complete; rules about the document itself do not.
/// </summary>
public sealed class ImportWindowGuardTests : GuardFixture
{
    private static readonly Guid Missing = Guid.Parse("0b5e1c2d-3f40-4a5b-8c6d-7e8f90a1b2c3");

    [Test]
    public void During_an_import_a_claim_citing_a_citation_not_yet_imported_publishes_with_a_warning()
    {
        Window.Open();
        var article = ArticleCiting(Missing);

        var notification = Publish(article);

        Assert.That(notification.Cancel, Is.False);
        Assert.That(Messages(notification, EventMessageType.Warning).Single(), Does.Contain($"cites {Missing}, which does not exist. (CK0302)")
            .And.EndWith("ClinicKit checks this page again when the import completes and unpublishes it if this is still so."));
    }

    [Test]
    public void During_an_import_a_claim_that_cites_nothing_is_still_refused()
    {
        Window.Open();
        var article = ShippedArticleContent();
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 2, Props.Citations, ""));

        var notification = Publish(article);

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error).Single(), Does.EndWith("cites no source. (CK0301)"));
    }

    [Test]
    public void A_page_whose_citation_arrived_later_in_the_import_stays_published()
    {
        Window.Open();
        var article = ShippedArticleContent();
        var citation = (Content)Store.Get(CitationOfClaim(article, 2));
        citation.Published = false;
        Assert.That(Publish(article).Cancel, Is.False);
        UmbracoModel.Publish(article);
        UmbracoModel.Publish(citation);

        Window.Complete();

        Assert.That(Store.Unpublished, Is.Empty);
        Assert.That(Window.IsOpen, Is.False);
    }

    [Test]
    public void When_the_import_completes_a_page_citing_a_citation_that_never_came_is_unpublished_and_logged()
    {
        Window.Open();
        var article = ArticleCiting(Missing);
        Assert.That(Publish(article).Cancel, Is.False);
        UmbracoModel.Publish(article);

        Window.Complete();

        Assert.That(Store.Unpublished, Is.EqualTo(new[] { article.Key }));
        Assert.That(article.Published, Is.False);
        Assert.That(Warnings(), Has.One.Contains($"ClinicKit unpublished \"{ShippedArticle}\"").And.Contains("(CK0302)"));
    }

    [Test]
    public void With_BlockPublishing_false_the_recheck_only_logs()
    {
        Settings.BlockPublishing = false;
        Window.Open();
        var article = ArticleCiting(Missing);
        Publish(article);
        UmbracoModel.Publish(article);

        Window.Complete();

        Assert.That(Store.Unpublished, Is.Empty);
        Assert.That(Warnings(), Has.One.Contains("BlockPublishing is false, so it stays published"));
    }

    [Test]
    public void A_window_left_open_by_an_import_that_never_completes_expires_and_rechecks_what_it_published()
    {
        Settings.ImportWindowMinutes = 30;
        Window.Open();
        var article = ArticleCiting(Missing);
        Publish(article);
        UmbracoModel.Publish(article);

        Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.That(Window.IsOpen, Is.True);
        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.That(Window.IsOpen, Is.False);
        Assert.That(Store.Unpublished, Is.EqualTo(new[] { article.Key }));
        Assert.That(Warnings(), Has.Some.Contains("uSync did not report the import as completed within 30 minutes"));
        Assert.That(Publish(ArticleCiting(Missing)).Cancel, Is.True, "after the window, a backoffice publish is checked in full");
    }

    [Test]
    public void Each_publish_during_the_import_keeps_the_window_open()
    {
        Settings.ImportWindowMinutes = 30;
        Window.Open();
        Clock.Advance(TimeSpan.FromMinutes(20));
        Publish(ShippedArticleContent());

        Clock.Advance(TimeSpan.FromMinutes(20));

        Assert.That(Window.IsOpen, Is.True);
    }

    [Test]
    public void Two_imports_at_once_close_the_window_only_when_both_completed()
    {
        Window.Open();
        Window.Open();

        Window.Complete();
        Assert.That(Window.IsOpen, Is.True);
        Window.Complete();
        Assert.That(Window.IsOpen, Is.False);
    }

    [Test]
    public void A_completed_notification_without_a_starting_one_changes_nothing()
    {
        Window.Complete();

        Assert.That(Window.IsOpen, Is.False);
        Assert.That(Publish(ArticleCiting(Missing)).Cancel, Is.True);
    }

    [Test]
    public void An_import_that_publishes_nothing_and_never_completes_still_closes_its_window()
    {
        Settings.ImportWindowMinutes = 30;
        Window.Open();

        Clock.Advance(TimeSpan.FromMinutes(30));

        Assert.That(Window.IsOpen, Is.False);
        Assert.That(Publish(ArticleCiting(Missing)).Cancel, Is.True, "after the window, a backoffice publish is checked in full");
    }

    [Test]
    public void The_window_closes_exactly_its_minutes_after_the_last_publish_in_it()
    {
        Settings.ImportWindowMinutes = 30;
        Window.Open();
        Clock.Advance(TimeSpan.FromMinutes(20));
        Publish(ShippedArticleContent());

        Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.That(Window.IsOpen, Is.True);
        Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.That(Window.IsOpen, Is.False);
    }

    [Test]
    public void During_an_import_a_clinic_article_picking_nothing_is_still_refused()
    {
        Window.Open();
        var clinicArticle = ShippedClinicArticle();
        clinicArticle.SetValue(Props.Article, null);

        var notification = Publish(clinicArticle);

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error).Single(), Does.StartWith("No library article is picked."));
    }

    [Test]
    public void During_an_import_a_clinic_article_whose_library_article_is_not_imported_yet_publishes_with_a_warning()
    {
        Window.Open();

        var notification = Publish(ShippedClinicArticle());

        Assert.That(notification.Cancel, Is.False);
        Assert.That(Messages(notification, EventMessageType.Warning).Single(),
            Does.StartWith("The library article umb://document/b15ff0bb0fcf51e2bb0859fcba4ed573 does not exist.").And.Contains("(CK0401) A uSync import is running"));
    }

    [Test]
    public void During_an_import_a_clinic_article_published_before_its_library_article_publishes_with_a_warning_and_stays_published()
    {
        Window.Open();
        var article = ShippedArticleContent();
        article.Published = false;
        var clinicArticle = Store.Add(ShippedClinicArticle());

        var notification = Publish(clinicArticle);
        UmbracoModel.Publish(clinicArticle);
        UmbracoModel.Publish(article);
        Window.Complete();

        Assert.That(notification.Cancel, Is.False);
        Assert.That(Messages(notification, EventMessageType.Warning).Single(),
            Does.StartWith($"The library article \"{ShippedArticle}\" is not published.").And.Contains("(CK0402) A uSync import is running"));
        Assert.That(Store.Unpublished, Is.Empty, "the import published the library article after the clinic article");
    }

    [Test]
    public void During_an_import_a_clinic_article_whose_library_article_has_an_uncited_claim_waits_for_the_import_and_is_unpublished_if_it_still_has()
    {
        Window.Open();
        var article = ShippedArticleContent();
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 3, Props.Citations, ""));
        UmbracoModel.Publish(article);
        var clinicArticle = Store.Add(ShippedClinicArticle());

        var notification = Publish(clinicArticle);
        UmbracoModel.Publish(clinicArticle);
        Window.Complete();

        Assert.That(notification.Cancel, Is.False, "the import may still bring the library article's mended body");
        Assert.That(Messages(notification, EventMessageType.Warning).Single(),
            Does.StartWith($"Library article \"{ShippedArticle}\": Claim 3 (\"").And.Contains("cites no source. (CK0301) A uSync import is running"));
        Assert.That(Store.Unpublished, Is.EqualTo(new[] { clinicArticle.Key }));
    }

    [Test]
    public void A_page_published_again_by_a_later_import_is_checked_again_when_that_import_completes()
    {
        var article = ShippedArticleContent();
        Window.Open();
        Assert.That(Publish(article).Cancel, Is.False);
        UmbracoModel.Publish(article);
        Window.Complete();

        Window.Open();
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 2, Props.Citations, ArticleBody.Citations(Missing)));
        Assert.That(Publish(article).Cancel, Is.False);
        UmbracoModel.Publish(article);
        Window.Complete();

        Assert.That(Store.Unpublished, Is.EqualTo(new[] { article.Key }), "the second import left it citing a citation that never came");
    }

    private Content ArticleCiting(Guid citation)
    {
        var article = ShippedArticleContent();
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 2, Props.Citations, ArticleBody.Citations(citation)));
        return article;
    }

    private List<string> Warnings() => Log.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
}
