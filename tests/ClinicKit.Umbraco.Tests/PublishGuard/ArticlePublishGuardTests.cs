using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;
using NSubstitute;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

using Content = global::Umbraco.Cms.Core.Models.Content;

/// <summary>Pressing Publish on a library article: Umbraco's real content model, ClinicKit's shipped article, the guard.</summary>
public sealed class ArticlePublishGuardTests : GuardFixture
{
    /// <summary>How the guard names claim 2 of the shipped article (its statement cut to 59 characters and an ellipsis).</summary>
    private const string Claim2 = "Claim 2 (\"In a laboratory study in animals, ketamine rapidly increase…\")";

    [Test]
    public void An_article_whose_claims_all_cite_published_citations_publishes_without_messages()
    {
        var notification = Publish(ShippedArticleContent());

        Assert.Multiple(() =>
        {
            Assert.That(notification.Cancel, Is.False);
            Assert.That(AllMessages(notification), Is.Empty);
        });
    }

    [Test]
    public void A_claim_that_cites_nothing_is_refused_with_a_message_naming_the_claim()
    {
        var article = ShippedArticleContent();
        Edit(article, 2, Props.Citations, "");

        var notification = Publish(article);

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[] { $"{Claim2} cites no source. (CK0301)" }));
        Assert.That(notification.Messages.GetAll().Single().Category, Is.EqualTo($"ClinicKit: {ShippedArticle}"));
    }

    [Test]
    public void A_claim_citing_a_citation_that_does_not_exist_is_refused()
    {
        var article = ShippedArticleContent();
        var dangling = Guid.Parse("0b5e1c2d-3f40-4a5b-8c6d-7e8f90a1b2c3");
        Edit(article, 2, Props.Citations, ArticleBody.Citations(dangling));

        var notification = Publish(article);

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[] { $"{Claim2} cites {dangling}, which does not exist. (CK0302)" }));
    }

    [TestCase(false, TestName = "A claim citing an unpublished citation is refused")]
    [TestCase(true, TestName = "A claim citing a citation in the recycle bin is refused")]
    public void A_claim_citing_a_citation_that_is_not_live_is_refused(bool trashed)
    {
        var article = ShippedArticleContent();
        var citation = (Content)Store.Get(CitationOfClaim(article, 2));
        if (trashed)
        {
            citation.Trashed = true;
        }
        else
        {
            citation.Published = false;
        }

        var notification = Publish(article);

        Assert.That(notification.Cancel, Is.True);
        var title = citation.GetValue<string>(Props.Title);
        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[] { $"{Claim2} cites \"{title}\", which is not published. (CK0303)" }));
    }

    [Test]
    public void A_claim_picking_a_document_that_is_not_a_citation_counts_as_missing()
    {
        var article = ShippedArticleContent();
        var other = Store.Add(Model.FromShipped(DocumentTypes.Article.Alias, "How Ketamine Differs from Traditional Antidepressants"));
        Edit(article, 2, Props.Citations, ArticleBody.Citations(other.Key));

        var notification = Publish(article);

        Assert.That(Messages(notification, EventMessageType.Error).Single(), Does.StartWith(Claim2).And.Contain("which does not exist"));
    }

    [Test]
    public void A_citation_published_in_the_same_operation_counts_as_published()
    {
        var article = ShippedArticleContent();
        var citation = (Content)Store.Get(CitationOfClaim(article, 2));
        citation.Published = false;

        var notification = Publish(article, citation);

        Assert.That(notification.Cancel, Is.False);
        Assert.That(AllMessages(notification), Is.Empty);
    }

    [Test]
    public void Every_unsubstantiated_claim_gets_its_own_message()
    {
        var article = ShippedArticleContent();
        Edit(article, 1, Props.Citations, "");
        Edit(article, 4, Props.Citations, JsonValue.Create("not a document udi"));

        var notification = Publish(article);

        var errors = Messages(notification, EventMessageType.Error);
        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(errors[0], Does.StartWith("Claim 1 (\"").And.EndWith("cites no source. (CK0301)"));
        Assert.That(errors[1], Does.StartWith("Claim 4 (\"").And.EndWith("cites not a document udi, which does not exist. (CK0302)"));
    }

    [Test]
    public void An_overdue_review_is_a_warning_and_the_article_publishes()
    {
        Today = new DateOnly(2027, 11, 1);

        var notification = Publish(ShippedArticleContent());

        Assert.That(notification.Cancel, Is.False);
        Assert.That(Messages(notification, EventMessageType.Warning), Is.EqualTo(new[] { "The medical review was due on 2027-10-15 and is overdue. (CK0310)" }));
        Assert.That(Messages(notification, EventMessageType.Error), Is.Empty);
    }

    [TestCase("<p>Ketamine is completely safe for everyone.</p>", "Text block 2 says \"Ketamine is completely safe for everyone.\" outside a claim block: a medical claim (safety and side effects) needs a claim block with a source, or rewording. (CK0322)", TestName = "A medical claim in a text block is a warning and the article publishes")]
    [TestCase("<h2>Before you come</h2><p>Bring your ID. If you are in crisis, call or text 988.</p>", null, TestName = "Practical text in a text block publishes without a message")]
    public void Plain_text_is_checked_for_medical_claims_without_refusing(string markup, string? warning)
    {
        var article = ShippedArticleContent();
        article.SetValue(Props.Body, ArticleBody.SetText(article.GetValue<string>(Props.Body)!, 2, markup));

        var notification = Publish(article);

        Assert.Multiple(() =>
        {
            Assert.That(notification.Cancel, Is.False);
            Assert.That(Messages(notification, EventMessageType.Warning), Is.EqualTo(warning is null ? Array.Empty<string>() : new[] { warning }));
            Assert.That(Messages(notification, EventMessageType.Error), Is.Empty);
        });
    }

    [Test]
    public void A_review_due_today_is_not_overdue()
    {
        Today = new DateOnly(2027, 10, 15);

        Assert.That(AllMessages(Publish(ShippedArticleContent())), Is.Empty);
    }

    [Test]
    public void ReviewOverdueIsError_refuses_an_overdue_article()
    {
        Today = new DateOnly(2027, 11, 1);
        Settings.ReviewOverdueIsError = true;

        var notification = Publish(ShippedArticleContent());

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[] { "The medical review was due on 2027-10-15 and is overdue. (CK0310)" }));
    }

    [Test]
    public void Review_dates_stored_as_text_are_read_too()
    {
        Today = new DateOnly(2027, 11, 1);
        var article = ShippedArticleContent();
        var type = Model.OtherType("textDates", (Props.Body, "Umbraco.BlockList"), (Props.ReviewedBy, "Umbraco.TextBox"),
            (Props.LastReviewed, "Umbraco.TextBox"), (Props.NextReviewDue, "Umbraco.TextBox"));
        type.Alias = DocumentTypes.Article.Alias;
        var copy = new Content(ShippedArticle, -1, type);
        copy.SetValue(Props.Body, article.GetValue<string>(Props.Body));
        copy.SetValue(Props.ReviewedBy, "Dr. Example");
        copy.SetValue(Props.LastReviewed, "2026-10-15");
        copy.SetValue(Props.NextReviewDue, "2027-10-15T00:00:00");

        Assert.That(Messages(Publish(copy), EventMessageType.Warning), Is.EqualTo(new[] { "The medical review was due on 2027-10-15 and is overdue. (CK0310)" }));
    }

    [Test]
    public void BlockPublishing_false_shows_errors_as_warnings_and_never_cancels()
    {
        Settings.BlockPublishing = false;
        Settings.ReviewOverdueIsError = true;
        Today = new DateOnly(2027, 11, 1);
        var article = ShippedArticleContent();
        Edit(article, 2, Props.Citations, "");

        var notification = Publish(article);

        Assert.That(notification.Cancel, Is.False);
        Assert.That(Messages(notification, EventMessageType.Error), Is.Empty);
        Assert.That(Messages(notification, EventMessageType.Warning), Is.EqualTo(new[]
        {
            $"{Claim2} cites no source. (CK0301)",
            "The medical review was due on 2027-10-15 and is overdue. (CK0310)",
        }));
    }

    [Test]
    public void An_article_with_claims_and_no_recorded_review_is_warned_about()
    {
        var article = ShippedArticleContent();
        article.SetValue(Props.ReviewedBy, null);

        var notification = Publish(article);

        Assert.That(notification.Cancel, Is.False);
        Assert.That(Messages(notification, EventMessageType.Warning), Is.EqualTo(new[] { "This article makes claims but records no medical review. (CK0311)" }));
    }

    [Test]
    public void An_article_with_an_empty_body_publishes()
    {
        var article = Store.Add(Model.Create("Empty", DocumentTypes.Article.Alias));

        Assert.That(AllMessages(Publish(article)), Is.Empty);
    }

    [Test]
    public void A_document_type_that_is_not_ClinicKits_is_never_touched()
    {
        var type = Model.OtherType("blogPost", (Props.Body, "Umbraco.BlockList"), (Props.NextReviewDue, "Umbraco.DateTime"));
        var post = new Content("A blog post", -1, type);
        post.SetValue(Props.Body, ArticleBody.SetClaimValue(ShippedArticleContent().GetValue<string>(Props.Body)!, 2, Props.Citations, ""));
        post.SetValue(Props.NextReviewDue, new DateTime(2020, 1, 1));

        var notification = Publish(post);

        Assert.That(notification.Cancel, Is.False);
        Assert.That(AllMessages(notification), Is.Empty);
        Store.Service.DidNotReceiveWithAnyArgs().GetById(Guid.Empty);
    }

    [Test]
    public void Only_the_ClinicKit_items_of_a_mixed_publish_are_checked()
    {
        var article = ShippedArticleContent();
        Edit(article, 2, Props.Citations, "");
        var post = new Content("A blog post", -1, Model.OtherType("blogPost", (Props.Body, "Umbraco.BlockList")));
        post.SetValue(Props.Body, "{ not json");

        var notification = Publish(post, article);

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[] { $"{Claim2} cites no source. (CK0301)" }));
    }

    [TestCase("{ \"contentData\": [", TestName = "Malformed body: truncated JSON")]
    [TestCase("<p>Ketamine cures depression</p><script>alert('x')</script>", TestName = "Malformed body: HTML and a script tag")]
    [TestCase("'; DROP TABLE umbracoNode; --", TestName = "Malformed body: SQL-ish text")]
    [TestCase("[1, 2, 3]", TestName = "Malformed body: a JSON array")]
    [TestCase("{\"contentData\":[{\"contentTypeKey\":\"d40032df-5b93-4a26-a1dd-b407cf0954cf\",\"key\":\"not-a-guid\",\"values\":[]}]}", TestName = "Malformed body: a block key that is not a GUID")]
    [TestCase("{\"contentData\":[],\"Layout\":{\"Umbraco.BlockList\":[{\"contentKey\":\"cd3bc7a0-6553-50d9-913e-edb2c51ca451\",\"settingsKey\":5}]}}", TestName = "Malformed body: a settings key that is a number")]
    public void A_malformed_body_is_refused_with_a_message_naming_the_article_and_property(string body)
    {
        var article = ShippedArticleContent();
        article.SetValue(Props.Body, body);

        ContentPublishingNotificationResult(article, out var notification);

        Assert.That(notification.Cancel, Is.True);
        var error = Messages(notification, EventMessageType.Error).Single();
        Assert.That(error, Does.StartWith($"The \"body\" property of \"{ShippedArticle}\" is not a block list ClinicKit can read ("));
        Assert.That(error, Does.EndWith("so its claims cannot be checked. Open the article, fix or re-create its body, and publish again. (CK0107)"));
    }

    [Test]
    public void A_hostile_claim_statement_is_reported_as_text()
    {
        var article = ShippedArticleContent();
        Edit(article, 1, Props.Statement, "<script>alert('x')</script>'; DROP TABLE umbracoNode; --");
        Edit(article, 1, Props.Citations, "");

        var error = Messages(Publish(article), EventMessageType.Error).Single();

        Assert.That(error, Is.EqualTo("Claim 1 (\"<script>alert('x')</script>'; DROP TABLE umbracoNode; --\") cites no source. (CK0301)"));
    }

    private void ContentPublishingNotificationResult(IContent article, out ContentPublishingNotification notification)
    {
        ContentPublishingNotification? result = null;
        Assert.That(() => result = Publish(article), Throws.Nothing);
        notification = result!;
    }

    [Test]
    public void A_new_citation_published_with_the_article_that_cites_it_counts_as_published()
    {
        // Umbraco's ContentService raises ContentPublishingNotification before it saves the documents
        // (ContentService.CommitDocumentChangesInternal), so the content service may not hold a document published in the
        // same operation yet: here a new citation the service has never seen.
        var article = ShippedArticleContent();
        var citation = Model.Create("New pilot study", DocumentTypes.Citation.Alias);
        citation.SetValue(Props.Title, "A new pilot study of ketamine");
        Edit(article, 2, Props.Citations, ArticleBody.Citations(citation.Key));

        var notification = Publish(article, citation);

        Assert.That(notification.Cancel, Is.False);
        Assert.That(AllMessages(notification), Is.Empty);
    }

    [Test]
    public void On_a_multilingual_site_each_languages_body_is_checked_and_named()
    {
        var shipped = ShippedArticleContent();
        var body = shipped.GetValue<string>(Props.Body)!;
        var type = Model.Type(DocumentTypes.Article.Alias);
        type.Variations = ContentVariation.Culture;
        type.CompositionPropertyTypes.Single(p => p.Alias == Props.Body).Variations = ContentVariation.Culture;
        var article = Model.Create(ShippedArticle, DocumentTypes.Article.Alias);
        foreach (var property in shipped.Properties.Where(p => p.Alias != Props.Body))
        {
            article.SetValue(property.Alias, property.GetValue());
        }

        article.SetCultureName(ShippedArticle, "en-US");
        article.SetCultureName("Sådan virker ketamin", "da-DK");
        article.SetValue(Props.Body, body, "en-US");
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(body, 2, Props.Citations, ""), "da-DK");

        var notification = Publish(article);

        Assert.That(notification.Cancel, Is.True);
        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[] { $"[da-DK] {Claim2} cites no source. (CK0301)" }));
        Assert.That(AllMessages(notification), Has.Count.EqualTo(1), "the review dates, which do not vary, are read once and are in order");
    }

    [TestCase("A pilot study of ketamine", "A pilot study of ketamine", TestName = "A citation that was never published is named by its title")]
    [TestCase("  ", "Unpublished pilot", TestName = "A citation with no title is named by its node name")]
    public void A_claim_citing_a_citation_that_was_never_published_names_it(string title, string named)
    {
        var article = ShippedArticleContent();
        var citation = Store.Add(Model.Create("Unpublished pilot", DocumentTypes.Citation.Alias));
        citation.SetValue(Props.Title, title);
        Edit(article, 2, Props.Citations, ArticleBody.Citations(citation.Key));

        var notification = Publish(article);

        Assert.That(Messages(notification, EventMessageType.Error), Is.EqualTo(new[] { $"{Claim2} cites \"{named}\", which is not published. (CK0303)" }));
    }

    private static void Edit(IContent article, int claim, string alias, JsonNode? value) =>
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, claim, alias, value));

}
