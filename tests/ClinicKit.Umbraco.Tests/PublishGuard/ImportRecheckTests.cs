using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

using Content = global::Umbraco.Cms.Core.Models.Content;

/// <summary>
/// What the re-check at the end of a uSync import does to the pages the import published, and what it tells the site's
/// log: which pages it unpublished, which it could not, and that it leaves alone what editors changed meanwhile.
/// </summary>
public sealed class ImportRecheckTests : GuardFixture
{
    private static readonly Guid Missing = Guid.Parse("0b5e1c2d-3f40-4a5b-8c6d-7e8f90a1b2c3");

    [Test]
    public void The_log_sums_up_how_many_pages_the_import_published_and_how_many_were_unpublished()
    {
        Window.Open();
        ImportPublishes(ShippedArticleContent());
        ImportPublishes(ArticleCiting(Missing, "Second article"));

        Window.Complete();

        Assert.That(Information(), Has.One.EqualTo("ClinicKit checked 2 article(s) published by the uSync import; 1 unpublished"));
    }

    [TestCase(true, TestName = "With BlockPublishing false, the summary counts no page as unpublished")]
    [TestCase(false, TestName = "A sound import counts no page as unpublished")]
    public void Pages_left_published_are_not_counted_as_unpublished(bool broken)
    {
        Settings.BlockPublishing = !broken;
        Window.Open();
        ImportPublishes(broken ? ArticleCiting(Missing, "Broken article") : ShippedArticleContent());

        Window.Complete();

        Assert.That(Information(), Has.One.EqualTo("ClinicKit checked 1 article(s) published by the uSync import; 0 unpublished"));
    }

    [Test]
    public void The_recheck_judges_the_live_page_not_a_draft_an_editor_saved_since()
    {
        Window.Open();
        var article = ShippedArticleContent();
        ImportPublishes(article);
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 2, Props.Citations, ArticleBody.Citations(Missing)));

        Window.Complete();

        Assert.That(Store.Unpublished, Is.Empty, "the live page cites real citations; the broken draft is not live");
    }

    [TestCase(false, TestName = "A page an editor unpublished before the import completed is not unpublished again")]
    [TestCase(true, TestName = "A page moved to the recycle bin before the import completed is left there")]
    public void Pages_no_longer_live_when_the_import_completes_are_left_alone(bool trashed)
    {
        Window.Open();
        var article = ArticleCiting(Missing, "Broken article");
        ImportPublishes(article);
        if (trashed)
        {
            article.Trashed = true;
        }
        else
        {
            article.Published = false;
        }

        Window.Complete();

        Assert.That(Store.Unpublished, Is.Empty);
        Assert.That(Information(), Has.One.EqualTo("ClinicKit checked 0 article(s) published by the uSync import; 0 unpublished"));
    }

    [Test]
    public void When_Umbraco_refuses_to_unpublish_a_page_the_log_says_so_with_the_rule_it_breaks()
    {
        Store.Service.Unpublish(Arg.Any<IContent>(), Arg.Any<string?>(), Arg.Any<int>())
            .Returns(call => new PublishResult(PublishResultType.FailedUnpublishCancelledByEvent, new EventMessages(), call.Arg<IContent>()));
        Window.Open();
        var article = ArticleCiting(Missing, "Broken article");
        ImportPublishes(article);

        Window.Complete();

        Assert.That(article.Published, Is.True);
        Assert.That(Logged(LogLevel.Error), Has.One.StartsWith("ClinicKit could not unpublish \"Broken article\"")
            .And.Contains("FailedUnpublishCancelledByEvent").And.Contains("(CK0302)"));
        Assert.That(Information(), Has.One.EqualTo("ClinicKit checked 1 article(s) published by the uSync import; 0 unpublished"));
    }

    [Test]
    public void A_page_that_cannot_be_checked_is_named_in_the_log_and_the_other_pages_are_still_checked()
    {
        var unreadable = Guid.Parse("5d6e7f80-91a2-4b3c-8d4e-5f60718293a4");
        var citation = Model.FromShipped(UmbracoModel.Shipped.Content.First(n => n.ContentType == DocumentTypes.Citation.Alias));
        citation.Key = unreadable;
        Store.Add(citation);
        Window.Open();
        ImportPublishes(ArticleCiting(unreadable, "Unreadable article"));
        var broken = ArticleCiting(Missing, "Broken article");
        ImportPublishes(broken);
        Store.Service.GetById(unreadable).Returns(_ => throw new InvalidOperationException("the database connection was lost"));

        Window.Complete();

        Assert.That(Logged(LogLevel.Error), Has.One.StartsWith("ClinicKit could not check \"Unreadable article\"").And.Contains("after the uSync import"));
        Assert.That(Store.Unpublished, Is.EqualTo(new[] { broken.Key }));
    }

    [Test]
    public void A_second_import_rechecks_only_what_it_published_itself()
    {
        Window.Open();
        var article = ShippedArticleContent();
        ImportPublishes(article);
        Window.Complete();
        ((Content)Store.Get(CitationOfClaim(article, 2))).Trashed = true;

        Window.Open();
        Window.Complete();

        Assert.That(Store.Unpublished, Is.Empty, "the second import did not publish the article, so it does not judge it");
        Assert.That(Information(), Has.One.EqualTo("ClinicKit checked 0 article(s) published by the uSync import; 0 unpublished"));
    }

    [Test]
    public void When_the_content_service_fails_at_the_end_of_an_import_the_log_names_the_pages_to_look_at()
    {
        Window.Open();
        var article = ArticleCiting(Missing, "Broken article");
        ImportPublishes(article);
        Store.Service.GetById(article.Key).Returns(_ => throw new InvalidOperationException("the database connection was lost"));

        Assert.That(Window.Complete, Throws.Nothing, "uSync's import, which raised the notification, does not fail over it");

        Assert.That(Logged(LogLevel.Error), Has.One.EqualTo(
            $"ClinicKit could not check the 1 article(s) published by a uSync import ({article.Key}); open their Claims tab or run clinickit audit"));
        Assert.That(Window.IsOpen, Is.False);
    }

    /// <summary>What uSync does with an article during an import: publishes it (through the guard), then Umbraco saves it published.</summary>
    private void ImportPublishes(Content article)
    {
        Assert.That(Publish(article).Cancel, Is.False, $"{article.Name} is published during the import");
        UmbracoModel.Publish(article);
    }

    private Content ArticleCiting(Guid citation, string name)
    {
        var article = Model.FromShipped(DocumentTypes.Article.Alias, ShippedArticle);
        article.Key = Guid.NewGuid();
        article.Name = name;
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(article.GetValue<string>(Props.Body)!, 2, Props.Citations, ArticleBody.Citations(citation)));
        return Store.Add(article);
    }

    private List<string> Information() => Logged(LogLevel.Information).Where(m => m.StartsWith("ClinicKit checked", StringComparison.Ordinal)).ToList();

    private List<string> Logged(LogLevel level) => Log.GetSnapshot().Where(r => r.Level == level).Select(r => r.Message).ToList();
}
