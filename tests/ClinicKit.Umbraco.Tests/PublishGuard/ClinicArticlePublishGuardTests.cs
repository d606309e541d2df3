using ClinicKit.Content.Schema;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

using Content = global::Umbraco.Cms.Core.Models.Content;

/// <summary>
/// Pressing Publish on a clinic article: it shows the picked library article on the clinic's site, so the library article's
/// published claims are checked, and a missing or unpublished library article is refused.
/// </summary>
public sealed class ClinicArticlePublishGuardTests : GuardFixture
{
    private const string LibraryPrefix = $"Library article \"{ShippedArticle}\": ";

    [Test]
    public void A_clinic_article_picking_a_sound_published_library_article_publishes()
    {
        ShippedArticleContent();

        var notification = Publish(ShippedClinicArticle());

        Assert.That(notification.Cancel, Is.False);
        Assert.That(AllMessages(notification), Is.Empty);
    }

    [Test]
    public void A_clinic_article_picking_a_library_article_with_an_uncited_claim_is_refused()
    {
        var article = ShippedArticleContent();
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 3, Props.Citations, ""));
        UmbracoModel.Publish(article);

        var notification = Publish(ShippedClinicArticle());

        Assert.That(notification.Cancel, Is.True);
        var error = Messages(notification, EventMessageType.Error).Single();
        Assert.That(error, Does.StartWith(LibraryPrefix + "Claim 3 (\"").And.EndWith("cites no source. (CK0301)"));
        Assert.That(notification.Messages.GetAll().Single().Category, Does.StartWith("ClinicKit: ").And.EndWith(ShippedArticle));
    }

    [Test]
    public void The_library_articles_published_version_is_what_counts_not_its_draft()
    {
        var article = ShippedArticleContent();
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 3, Props.Citations, ""));

        Assert.That(AllMessages(Publish(ShippedClinicArticle())), Is.Empty, "the clinic page shows the published article, which is sound");
    }

    [Test]
    public void A_library_article_published_in_the_same_operation_is_checked_as_it_will_be_published()
    {
        var article = ShippedArticleContent();
        article.Published = false;
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 3, Props.Citations, ""));

        var notification = Publish(article, ShippedClinicArticle());

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error), Has.Count.EqualTo(2), "once for the article, once for the clinic page that shows it");
        Assert.That(Messages(notification, EventMessageType.Error)[1], Does.StartWith(LibraryPrefix + "Claim 3"));
    }

    [Test]
    public void A_clinic_article_picking_a_library_article_that_does_not_exist_is_refused()
    {
        var notification = Publish(ShippedClinicArticle());

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[]
        {
            "The library article umb://document/b15ff0bb0fcf51e2bb0859fcba4ed573 does not exist. Pick an existing library article. (CK0401)",
        }));
    }

    [Test]
    public void A_clinic_article_picking_something_other_than_an_article_is_refused()
    {
        var clinicArticle = ShippedClinicArticle();
        var citation = UmbracoModel.Shipped.Content.First(n => n.ContentType == DocumentTypes.Citation.Alias);
        clinicArticle.SetValue(Props.Article, $"umb://document/{citation.Key:N}");

        Assert.That(Messages(Publish(clinicArticle), EventMessageType.Error).Single(), Does.Contain("does not exist"));
    }

    [Test]
    public void A_clinic_article_picking_nothing_is_refused()
    {
        var clinicArticle = ShippedClinicArticle();
        clinicArticle.SetValue(Props.Article, null);

        var notification = Publish(clinicArticle);

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error).Single(), Does.StartWith("No library article is picked."));
    }

    [TestCase(false, "not published", false, TestName = "A clinic article picking an unpublished library article is refused")]
    [TestCase(true, "in the recycle bin", false, TestName = "A clinic article picking a trashed library article is refused")]
    [TestCase(false, "not published", true, TestName = "A clinic article picking an unpublished library article with an uncited claim is told only to publish or pick another")]
    [TestCase(true, "in the recycle bin", true, TestName = "A clinic article picking a trashed library article with an uncited claim is told only to publish or pick another")]
    public void A_clinic_article_picking_a_library_article_that_is_not_live_is_refused(bool trashed, string state, bool uncitedClaim)
    {
        var article = ShippedArticleContent();
        if (uncitedClaim)
        {
            // Its last published version cites nothing for claim 3; the clinic's editor cannot fix that from the clinic article.
            article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 3, Props.Citations, ""));
            UmbracoModel.Publish(article);
        }

        if (trashed)
        {
            article.Trashed = true;
        }
        else
        {
            article.Published = false;
        }

        var notification = Publish(ShippedClinicArticle());

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[]
        {
            $"The library article \"{ShippedArticle}\" is {state}. Publish it first, or pick another. (CK0402)",
        }));
    }

    [Test]
    public void An_overdue_library_article_gives_the_clinic_article_a_warning_only()
    {
        ShippedArticleContent();
        Today = new DateOnly(2027, 11, 1);

        var notification = Publish(ShippedClinicArticle());

        Assert.That(notification.Cancel, Is.False);
        Assert.That(Messages(notification, EventMessageType.Warning), Is.EqualTo(new[]
        {
            LibraryPrefix + "The medical review was due on 2027-10-15 and is overdue. (CK0310)",
        }));
    }

    [Test]
    public void BlockPublishing_false_lets_a_clinic_article_with_a_missing_library_article_publish_with_a_warning()
    {
        Settings.BlockPublishing = false;

        var notification = Publish(ShippedClinicArticle());

        Assert.That(notification.Cancel, Is.False);
        Assert.That(Messages(notification, EventMessageType.Warning).Single(), Does.Contain("does not exist"));
    }
}
