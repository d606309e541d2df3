using ClinicKit.Cli;
using ClinicKit.Cli.Common;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Availability;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>Editing the uSync folder changes the pages without a restart; a broken file does not take the site down.</summary>
public sealed class ReloadTests : BrowserTest
{
    [Test]
    public async Task Editing_a_title_in_the_folder_changes_the_page_without_a_restart()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var server = await HeadServer.StartAsync(copy.Root);
        var clinic = copy.Library.Clinics[0];
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        var path = "/articles/" + page.Slug;
        await OpenAsync(server, ShippedContent.Host(clinic), path);
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(article.Title);
        await OpenAsync(server, ShippedContent.Host(clinic), path);

        const string edited = "A title edited while the head is running";
        copy.Edit(article.Key, node => UsyncCopy.Set(node, Props.Title, edited));

        Assert.That(async () => await HeadingAfterReloadAsync(), Is.EqualTo(edited).After(15_000, 200));
    }

    [Test]
    public async Task A_broken_file_keeps_the_last_good_content_and_the_log_names_the_file()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var server = await HeadServer.StartAsync(copy.Root);
        var clinic = copy.Library.Clinics[0];
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        await OpenAsync(server, ShippedContent.Host(clinic), "/articles/" + page.Slug);

        var file = copy.FileOf(article.Key);
        File.WriteAllText(file, "<Content Key=\"broken\"><Info>");
        var relative = Path.GetRelativePath(copy.Root, file).Replace('\\', '/');

        Assert.That(() => server.Logs.Messages(LogLevel.Warning).Any(m => m.Contains(relative) && m.Contains("CK0004")), Is.True.After(15_000, 100),
            "the log should name the broken file and its code at Warning");

        var response = await OpenAsync(server, ShippedContent.Host(clinic), "/articles/" + page.Slug);
        Assert.That(response.Status, Is.EqualTo(200));
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(article.Title);
    }

    [Test]
    public async Task An_article_body_cut_short_on_a_running_head_leaves_the_visitor_the_article_and_its_review()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var server = await HeadServer.StartAsync(copy.Root);
        var clinic = copy.Library.Clinics[0];
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        var path = "/articles/" + page.Slug;
        await OpenAsync(server, ShippedContent.Host(clinic), path);
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(article.Claims.First().Statement);

        copy.Edit(article.Key, node => UsyncCopy.Set(node, Props.Body, node.Value(Props.Body)![..200]));
        var relative = copy.RelativeFileOf(article.Key);
        Assert.That(() => server.Logs.Messages(LogLevel.Warning).Any(m => m.Contains(relative) && m.Contains("CK0107")), Is.True.After(15_000, 100));

        await OpenAsync(server, ShippedContent.Host(clinic), path);
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(article.Claims.First().Statement);
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Medically reviewed by");

        // The health endpoint, opened from this machine, names the file and the code.
        await OpenAsync(server, "127.0.0.1", HealthEndpointMiddleware.Path);
        var health = await Page.Locator("body").InnerTextAsync();
        Assert.That(health, Does.Contain("\"degraded\"").And.Contain(relative).And.Contain("CK0107"));
    }

    [Test]
    public async Task Bad_content_for_one_clinic_at_start_up_shows_its_branded_503_page_and_the_others_are_served()
    {
        using var copy = UsyncCopy.OfShipped();
        var broken = copy.Library.Clinics[1];
        copy.Edit(broken.Key, node => node.ContentType = "clinicSiteRetired");
        await using var server = await HeadServer.StartAsync(copy.Root);

        var response = await OpenAsync(server, ShippedContent.Host(broken));
        Assert.That(response.Status, Is.EqualTo(503));
        await Assertions.Expect(Page.Locator(".site-header")).ToContainTextAsync(broken.ClinicName);
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync("This page is temporarily unavailable");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync(broken.Phone);
        await AssertAccessibleAsync("the 503 page of a clinic with bad content");

        foreach (var clinic in copy.Library.Clinics.Where(c => c.Key != broken.Key))
        {
            Assert.That((await OpenAsync(server, ShippedContent.Host(clinic))).Status, Is.EqualTo(200), ShippedContent.Host(clinic));
        }
    }

    [Test]
    public async Task A_clinic_added_with_new_site_is_served_without_a_restart_with_its_own_name_and_phone()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var server = await HeadServer.StartAsync(copy.Root);
        const string host = "harborlight.test";
        Assert.That((await OpenAsync(server, host)).Status, Is.EqualTo(404), "no such clinic yet");

        var output = new StringWriter();
        var exit = await ClinicKitCli.RunAsync(
            [
                "new-site", "--folder", copy.Root, "--name", "Harbor Light Clinic", "--domain", host, "--city", "Seattle",
                "--phone", "(206) 555-0170", "--email", "hello@harborlight.test", "--booking-url", "https://booking.harborlight.test/",
                "--brand-color", "#234E70", "--articles", "all", "--cta-text", "Call {{clinic.name}} on {{clinic.phone}} to talk it through.",
            ],
            new CliConsole(output, output, interactive: false),
            TimeProvider.System);
        Assert.That(exit, Is.EqualTo(0), output.ToString());

        Assert.That(async () => (await OpenAsync(server, host)).Status, Is.EqualTo(200).After(15_000, 200));
        await Assertions.Expect(Page.Locator(".site-header")).ToContainTextAsync("Harbor Light Clinic");
        await Assertions.Expect(Page.Locator("main .cta")).ToContainTextAsync("Call Harbor Light Clinic on (206) 555-0170 to talk it through.");
        var article = ShippedContent.ServedArticles(ShippedContent.Library.Clinics[0]).First().Page.Slug;
        await OpenAsync(server, host, "/articles/" + article);
        await Assertions.Expect(Page.Locator("main .cta")).ToContainTextAsync("(206) 555-0170");
        await Assertions.Expect(Page.Locator("body")).Not.ToContainTextAsync(ShippedContent.Library.Clinics[0].Phone);
    }

    private async Task<string> HeadingAfterReloadAsync()
    {
        await Page.ReloadAsync();
        return await Page.Locator("main h1").InnerTextAsync();
    }
}
