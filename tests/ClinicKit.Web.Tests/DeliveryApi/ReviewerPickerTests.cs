using System.Net;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>Reviewers come from the Delivery API as the uSync reader gives them. The fake renders the reviewer picker as
/// <c>MultiNodeTreePickerValueConverter.ConvertIntermediateToDeliveryApiObject</c> does (Umbraco-CMS
/// src/Umbraco.Core/PropertyEditors/ValueConverters/MultiNodeTreePickerValueConverter.cs: an array of <c>IApiContent</c>,
/// properties only when expanded), and the head expands <c>reviewedBy</c> in the requests it already makes.</summary>
public sealed class ReviewerPickerTests
{
    [Test]
    public async Task Articles_and_treatment_pages_name_the_same_reviewers_as_the_usync_reader()
    {
        var expected = UsyncLibraryReader.Read(UsyncFolderReader.Read(Paths.ShippedUsync));
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake);
        var source = head.App.Services.GetRequiredService<IContentSource>();

        var clinics = (await source.GetClinicsAsync(new SourceOutage(), CancellationToken.None)).Value;
        var articles = (await source.GetArticlesAsync(expected.Articles.Select(a => a.Key).ToList(), new SourceOutage(), CancellationToken.None)).Value;

        Assert.That(expected.Articles.Select(a => a.Reviewer), Has.All.Not.Null, "the shipped articles pick a reviewer");
        Assert.That(articles.OrderBy(a => a.Key).Select(a => (a.Name, a.Reviewer, a.Review)),
            Is.EqualTo(expected.Articles.Where(a => a.IsPublished).OrderBy(a => a.Key).Select(a => (a.Name, a.Reviewer, a.Review))));
        Assert.That(clinics.SelectMany(c => c.Pages).OfType<TreatmentContent>().OrderBy(t => t.Key).Select(t => (t.Name, t.Reviewer, t.Review)),
            Is.EqualTo(expected.Clinics.SelectMany(c => c.Pages).OfType<TreatmentContent>().OrderBy(t => t.Key).Select(t => (t.Name, t.Reviewer, t.Review))));
    }

    [Test]
    public async Task Publishing_an_edited_reviewer_shows_the_edit_on_every_page_that_names_them_for_one_request()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var fake = await FakeUmbraco.StartAsync(copy.Root);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake);
        var clinic = ShippedContent.ClinicByHost("riverglass-ketamine.test");
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        var reviewer = article.Reviewer!;
        var paths = new[] { "/articles/" + page.Slug, "/our-team", "/treatments/ketamine-treatment" };
        foreach (var path in paths)
        {
            Assert.That(await head.GetTextAsync("riverglass-ketamine.test", path), Does.Contain(reviewer.Credentials), path);
        }

        copy.Edit(reviewer.Key, n => UsyncCopy.Set(n, Props.Credentials, "MD (placeholder credentials, corrected)"));
        fake.Reload();
        fake.ClearRequests();
        using var response = await UmbracoWebhooks.SendAsync(head.Client, "riverglass-ketamine.test", UmbracoWebhooks.Publish, UmbracoWebhooks.IdPayload(reviewer.Key));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        foreach (var path in paths)
        {
            var html = await head.GetTextAsync("riverglass-ketamine.test", path);
            Assert.That(html, Does.Contain("MD (placeholder credentials, corrected)").And.Not.Contain(reviewer.Credentials), path);
        }

        Assert.That(fake.Requests.Select(r => r.PathAndQuery), Is.EqualTo(new[] { FakeUmbraco.ApiPrefix + $"content/item/{reviewer.Key:D}" }),
            "the reviewer alone is fetched again, not the articles and pages that pick them");
    }
}
