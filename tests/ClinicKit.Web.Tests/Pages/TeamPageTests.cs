using System.Net;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.Pages;

/// <summary>The team page and the links to it, as a patient sees them: every reviewer of what the clinic serves, with their
/// credentials, role, bio and public record, at an anchor "Medically reviewed by" links to; a demo reviewer marked as such.</summary>
public sealed class TeamPageTests
{
    private static readonly Labels Labels = new(ShippedContent.Library.Dictionary);

    public static IEnumerable<string> Hosts() => ShippedContent.Clinics.Select(ShippedContent.Host);

    [TestCaseSource(nameof(Hosts))]
    public async Task The_team_page_shows_the_demo_reviewer_marked_as_demo_data_at_the_anchor_articles_link_to(string host)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        var clinic = ShippedContent.ClinicByHost(host);
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        var reviewer = article.Reviewer!;

        var team = await head.GetTextAsync(host, "/our-team");
        var profile = Section(team, reviewer.Slug);
        Assert.That(profile, Does.Contain($"<h2 id=\"{reviewer.Slug}-name\">{Encoded(reviewer.Name)}</h2>"));
        Assert.That(profile, Does.Contain(Encoded(reviewer.Credentials)).And.Contain(Encoded(reviewer.Role)).And.Contain(Encoded(reviewer.Bio)));
        Assert.That(profile, Does.Contain($"<span class=\"demo-marker\">{Encoded(Labels.DemoData)}</span>"), "never presented as a real person");
        Assert.That(profile, Does.Not.Contain("reviewer-profile"), "the demo reviewer has no public record to link");

        var articleHtml = await head.GetTextAsync(host, "/articles/" + page.Slug);
        Assert.That(articleHtml, Does.Contain($"<a href=\"/our-team#{reviewer.Slug}\">{Encoded(reviewer.Name)}</a>"));
        var home = await head.GetTextAsync(host, "/");
        Assert.That(home, Does.Contain($"<a href=\"/our-team#{reviewer.Slug}\">{Encoded(reviewer.Name)}</a>"), "the home page's trust signals link the profile too");
    }

    /// <summary>What a reviewer's profile shows for what an editor typed: only http(s) profile links become links, and text is
    /// text, whatever it holds.</summary>
    private static IEnumerable<TestCaseData> Profiles()
    {
        TestCaseData Case(string why, string name, string profileUrl, string[] shows, string[] hides) =>
            new TestCaseData(name, profileUrl, shows, hides).SetName($"A reviewer profile: {why}");

        yield return Case("a licence lookup becomes a link", "Dr. Ada Example", "https://search.example-board.test/licence/12345",
            ["<a class=\"reviewer-profile\" href=\"https://search.example-board.test/licence/12345\" rel=\"noopener\">"], ["demo-marker"]);
        yield return Case("a javascript: address is not a link", "Dr. Ada Example", "javascript:alert(1)", ["Dr. Ada Example"], ["javascript:", "reviewer-profile"]);
        yield return Case("markup in a name is shown as text", "Dr. <script>alert(1)</script> Example", "", ["Dr. &lt;script&gt;alert(1)&lt;/script&gt; Example"], ["<script>alert"]);
    }

    [TestCaseSource(nameof(Profiles))]
    public async Task A_real_reviewer_picked_by_an_article_is_on_the_team_page(string name, string profileUrl, string[] shows, string[] hides)
    {
        using var copy = UsyncCopy.OfShipped();
        var clinic = ShippedContent.ClinicByHost("riverglass-ketamine.test");
        var (page, article) = ShippedContent.ServedArticles(clinic).First();
        var key = copy.AddReviewer(name, "MD, psychiatry", "Medical director", "Reviews the clinic's articles.", profileUrl);
        copy.Edit(article.Key, n => UsyncCopy.Set(n, Props.ReviewedBy, Udis.Document(key)));
        var slug = Content.Usync.UsyncFileNames.UrlSegment(name);

        await using var head = await InProcessHead.StartAsync(copy.Root);
        var team = await head.GetTextAsync("riverglass-ketamine.test", "/our-team");
        var profile = Section(team, slug);
        foreach (var text in shows)
        {
            Assert.That(profile, Does.Contain(text));
        }

        foreach (var text in hides)
        {
            Assert.That(profile, Does.Not.Contain(text));
        }

        Assert.That(profile, Does.Contain("MD, psychiatry").And.Contain("Medical director").And.Contain("Reviews the clinic&#x27;s articles."));
        Assert.That(team, Does.Contain("id=\"dr-morgan-placeholder-demo-data\""), "the demo reviewer still reviews the other articles");
        var articleHtml = await head.GetTextAsync("riverglass-ketamine.test", "/articles/" + page.Slug);
        Assert.That(articleHtml, Does.Contain($"<a href=\"/our-team#{slug}\">"));
        Assert.That(articleHtml[articleHtml.IndexOf("review-by", StringComparison.Ordinal)..].Split("</p>")[0], Does.Not.Contain("demo-marker"));
    }

    [Test]
    public async Task A_reviewer_of_nothing_the_clinic_serves_is_not_on_its_team_page()
    {
        using var copy = UsyncCopy.OfShipped();
        var fewest = ShippedContent.Clinics.MinBy(c => ShippedContent.ServedArticles(c).Count())!;
        var elsewhere = ShippedContent.Library.Articles.First(a => ShippedContent.ServedArticles(fewest).All(p => p.Article.Key != a.Key));
        var key = copy.AddReviewer("Dr. Elsewhere", "MD");
        copy.Edit(elsewhere.Key, n => UsyncCopy.Set(n, Props.ReviewedBy, Udis.Document(key)));

        await using var head = await InProcessHead.StartAsync(copy.Root);
        Assert.That(await head.GetTextAsync(ShippedContent.Host(fewest), "/our-team"), Does.Not.Contain("Dr. Elsewhere"));
        var showing = ShippedContent.Clinics.First(c => ShippedContent.ServedArticles(c).Any(p => p.Article.Key == elsewhere.Key));
        Assert.That(await head.GetTextAsync(ShippedContent.Host(showing), "/our-team"), Does.Contain("id=\"dr-elsewhere\""));
    }

    [Test]
    public async Task Without_a_team_page_the_reviewer_is_named_but_not_linked()
    {
        using var copy = UsyncCopy.OfShipped();
        var clinic = ShippedContent.ClinicByHost("riverglass-ketamine.test");
        var team = clinic.Pages.OfType<TeamContent>().Single();
        copy.Edit(team.Key, n => n.Published = false);
        var (page, article) = ShippedContent.ServedArticles(clinic).First();

        await using var head = await InProcessHead.StartAsync(copy.Root);
        using var response = await head.GetAsync("riverglass-ketamine.test", "/our-team");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var html = await head.GetTextAsync("riverglass-ketamine.test", "/articles/" + page.Slug);
        Assert.That(html, Does.Contain($"<strong>{Encoded(article.Reviewer!.Name)}</strong>"));
        Assert.That(html, Does.Not.Contain("/our-team"));
    }

    /// <summary>One reviewer's section of the team page, found by its anchor.</summary>
    [Test]
    public async Task A_reviewers_photo_shows_beside_their_profile_and_every_file_it_names_is_exported_and_served()
    {
        using var copy = UsyncCopy.OfShipped();
        const string host = "riverglass-ketamine.test";
        var clinic = ShippedContent.ClinicByHost(host);
        var (_, article) = ShippedContent.ServedArticles(clinic).First();
        // The photo picks a ClinicKit Image the package ships that no Riverglass page shows otherwise (Larkspur's hero), as an
        // editor would pick it, so only the team page can make the export write its files.
        var larkspur = ShippedContent.ClinicByHost("larkspur-mood.test");
        var pick = Content.Usync.UsyncFolderReader.Read(copy.Root).ContentByKey(larkspur.Key)!.Value(Props.HeroImage)!;
        var key = copy.AddReviewer("Dr. Ada Example", "MD, psychiatry", photo: pick);
        copy.Edit(article.Key, n => UsyncCopy.Set(n, Props.ReviewedBy, Udis.Document(key)));

        await using var head = await InProcessHead.StartAsync(copy.Root);
        var profile = Section(await head.GetTextAsync(host, "/our-team"), "dr-ada-example");
        Assert.That(profile, Does.Contain("class=\"reviewer-photo\"").And.Contain($"alt=\"{Encoded(larkspur.Hero!.AltText)}\""));
        var demo = Section(await head.GetTextAsync(host, "/our-team"), "dr-morgan-placeholder-demo-data");
        Assert.That(demo, Does.Not.Contain("<picture"), "a reviewer without a photo gets no picture and no empty box");

        var named = System.Text.RegularExpressions.Regex.Matches(profile, "/images/[^ \",]+").Select(m => m.Value).Distinct().ToList();
        var site = (await head.App.Services.GetRequiredService<Sites.SitePages>().AllAsync()).Single(s => s.Host == host);
        Assert.That(named, Is.Not.Empty);
        Assert.That(site.Pages.Where(p => p.Kind == Sites.SitePageKind.Image).Select(p => p.Path), Is.SupersetOf(named), "the export writes every file the photo's markup names");
        foreach (var path in named)
        {
            using var response = await head.GetAsync(host, path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        }
    }

    private static string Section(string html, string slug)
    {
        var anchor = html.IndexOf($" id=\"{slug}\" aria-labelledby=", StringComparison.Ordinal);
        Assert.That(anchor, Is.GreaterThanOrEqualTo(0), $"no profile with the anchor #{slug}");
        var start = html.LastIndexOf("<section class=\"reviewer", anchor, StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string Encoded(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);
}
