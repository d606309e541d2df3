using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Web.Export;
using ClinicKit.Web.Images;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.Export;

/// <summary>A second export of edited content renders only the pages whose content changed, removes the pages that are
/// gone, and leaves exactly the folder a full export of the same content writes.</summary>
[NonParallelizable]
public sealed class IncrementalExportTests
{
    private const string Riverglass = "riverglass-ketamine.test";
    private const string Larkspur = "larkspur-mood.test";

    private string _out = null!;
    private string _fullOut = null!;

    public enum Change
    {
        Nothing,
        SharedArticleSummary,
        ClinicColour,
        ColourOfAClinicAPrimaryClinicPointsAt,
        ClinicArticleDeleted,
        ReviewerCredentials,
        ArticlePictureAltText,
    }

    [SetUp]
    public void NewOutputFolders()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        _out = Path.Combine(Path.GetTempPath(), "clinickit-incremental-" + id);
        _fullOut = Path.Combine(Path.GetTempPath(), "clinickit-full-" + id);
    }

    [TearDown]
    public void RemoveOutputFolders()
    {
        foreach (var folder in new[] { _out, _fullOut }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase(Change.Nothing, TestName = "Exporting unchanged content again renders no page")]
    [TestCase(Change.SharedArticleSummary, TestName = "Editing a library article re-renders its pages in every clinic and the home pages and sitemaps that list it, nothing else")]
    [TestCase(Change.ClinicColour, TestName = "Changing a clinic's brand colour re-renders that clinic's pages only")]
    [TestCase(Change.ColourOfAClinicAPrimaryClinicPointsAt, TestName = "Changing a clinic's colour also re-renders the article pages of a clinic whose canonical links point at other clinics")]
    [TestCase(Change.ClinicArticleDeleted, TestName = "Deleting a clinic article removes its page and its picture's renditions and re-renders its clinic, nothing else")]
    [TestCase(Change.ReviewerCredentials, TestName = "Editing a reviewer re-renders the articles and treatment pages they review and the home and team pages that list them, nothing else")]
    [TestCase(Change.ArticlePictureAltText, TestName = "Editing the alt text of an article's picture (its media item) re-renders the pages that show the picture, and re-makes no rendition")]
    public async Task An_export_after_an_edit_renders_exactly_the_pages_that_show_what_changed(Change change)
    {
        using var content = UsyncCopy.OfShipped();
        var library = content.Library;
        var first = await StaticExporter.ExportAsync(content.Root, _out, full: false, null, CancellationToken.None);
        Assert.That(first.Rendered, Is.EqualTo(first.Pages), "a first export renders every page");

        var (expectedRendered, expectedRemoved) = Apply(change, content, library, first.RenderedPages);
        var second = await StaticExporter.ExportAsync(content.Root, _out, full: false, null, CancellationToken.None);
        var full = await StaticExporter.ExportAsync(content.Root, _fullOut, full: true, null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(second.Succeeded, string.Join("\n", second.Problems));
            Assert.That(second.RenderedPages, Is.EquivalentTo(expectedRendered), "pages rendered");
            Assert.That(second.RemovedPages, Is.EquivalentTo(expectedRemoved), "pages removed");
            Assert.That(second.Unchanged, Is.EqualTo(second.Pages - expectedRendered.Count));
            Assert.That(full.Rendered, Is.EqualTo(full.Pages), "--full renders every page");
            Assert.That(Snapshot(_out), Is.EqualTo(Snapshot(_fullOut)), "the incremental export is byte for byte the full export");
        });
    }

    [Test]
    public async Task An_edited_article_summary_is_on_the_re_rendered_home_page_and_in_its_brotli_form()
    {
        using var content = UsyncCopy.OfShipped();
        var (clinic, clinicArticle, article) = SharedArticle(content.Library);
        await StaticExporter.ExportAsync(content.Root, _out, full: false, null, CancellationToken.None);
        content.Edit(article.Key, node => UsyncCopy.Set(node, Props.Summary, "A summary written after the first export."));

        await StaticExporter.ExportAsync(content.Root, _out, full: false, null, CancellationToken.None);

        var home = Path.Combine(_out, PublicUrlsHost(clinic), "index.html");
        Assert.That(clinicArticle.IntroOverride, Is.Empty, "the home page shows the library article's summary");
        Assert.That(File.ReadAllText(home), Does.Contain("A summary written after the first export."));
        await using var brotli = new System.IO.Compression.BrotliStream(File.OpenRead(home + ".br"), System.IO.Compression.CompressionMode.Decompress);
        using var text = new StreamReader(brotli);
        Assert.That(await text.ReadToEndAsync(), Does.Contain("A summary written after the first export."), "index.html.br");
    }

    [TestCase("a page names a link its host does not list", TestName = "A manifest naming a link its host does not list makes the next export render every page, and it succeeds")]
    [TestCase("cut short", TestName = "A manifest cut short makes the next export render every page, and it succeeds")]
    public async Task A_damaged_manifest_is_ignored(string damage)
    {
        using var content = UsyncCopy.OfShipped();
        await StaticExporter.ExportAsync(content.Root, _out, full: false, null, CancellationToken.None);
        var manifest = Path.Combine(_out, ExportManifest.FileName);
        var text = File.ReadAllText(manifest);
        if (damage == "cut short")
        {
            File.WriteAllText(manifest, text[..(text.Length / 2)]);
        }
        else
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(text)!;
            var pages = json["hosts"]![Riverglass]!["pages"]!.AsObject();
            pages.First(p => p.Value!["hrefs"] is not null).Value!["hrefs"]!.AsArray().Add(1_000_000);
            File.WriteAllText(manifest, json.ToJsonString());
        }

        var second = await StaticExporter.ExportAsync(content.Root, _out, full: false, null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(second.Succeeded, string.Join("\n", second.Problems.Concat(second.BrokenLinks.Select(b => b.Href))));
            Assert.That(second.Rendered, Is.EqualTo(second.Pages), "every page rendered again");
        });
    }

    private static (List<string> Rendered, List<string> Removed) Apply(Change change, UsyncCopy content, ContentLibrary library, IReadOnlyList<string> allPages)
    {
        switch (change)
        {
            case Change.Nothing:
                return ([], []);
            case Change.SharedArticleSummary:
            {
                var (_, _, article) = SharedArticle(library);
                content.Edit(article.Key, node => UsyncCopy.Set(node, Props.Summary, "Edited after the first export."));
                return (PagesShowing(library, article), []);
            }

            case Change.ArticlePictureAltText:
            {
                var (_, _, article) = SharedArticle(library);
                Assert.That(article.Image, Is.Not.Null, "the most shared demo article has a picture");
                content.EditItem<ContentNode>(n => n.Key == article.Image!.Key, n => UsyncCopy.Set(n, "altText", "Edited after the first export."));

                // Its article page, the cards that show it (home pages, related articles) and the sitemaps that list the article
                // (the picture is part of the article as the content source reads it).
                return (PagesShowing(library, article), []);
            }

            case Change.ClinicColour:
                content.Edit(library.ClinicForHost(Larkspur)!.Key, node => UsyncCopy.Set(node, Props.BrandColor, "#7A2E8F"));
                return (PagesShowingTheClinic(allPages, Larkspur), []);
            case Change.ColourOfAClinicAPrimaryClinicPointsAt:
            {
                Assert.That(library.ClinicForHost(Larkspur)!.CanonicalStrategy, Is.EqualTo(Choices.CanonicalPrimary));
                content.Edit(library.ClinicForHost(Riverglass)!.Key, node => UsyncCopy.Set(node, Props.BrandColor, "#7A2E8F"));
                var larkspurArticles = allPages.Where(p => p.StartsWith(Larkspur + "/articles/", StringComparison.Ordinal));
                return ([.. PagesShowingTheClinic(allPages, Riverglass), .. larkspurArticles], []);
            }

            case Change.ClinicArticleDeleted:
            {
                var clinic = library.ClinicForHost(Larkspur)!;
                var page = clinic.Articles.First(a => a.IsPublished);
                var picture = library.Article(page.ArticleKey!.Value)!.Image!;
                Assert.That(clinic.Articles.Where(a => a != page).Select(a => library.Article(a.ArticleKey!.Value)?.Image?.Key), Has.No.Member(picture.Key),
                    "no other Larkspur article shows the deleted one's picture");
                File.Delete(content.FileOf(page.Key));
                string[] removed = [Larkspur + "/articles/" + page.Slug, .. RenditionsOf(allPages, Larkspur, picture)];
                return (PagesShowingTheClinic(allPages, Larkspur).Where(p => !removed.Contains(p)).ToList(), [.. removed]);
            }

            case Change.ReviewerCredentials:
            {
                var reviewer = library.Articles.Select(a => a.Reviewer).OfType<Reviewer>().First();
                content.Edit(reviewer.Key, node => UsyncCopy.Set(node, Props.Credentials, "MD (placeholder credentials, edited)"));
                var rendered = library.Clinics.Where(c => c.IsPublished).SelectMany(c =>
                {
                    var reviews = Publishing.ServedArticles(c, library.Articles).Where(p => p.Article.Reviewer?.Key == reviewer.Key)
                        .Select(p => Sites.PublicUrls.ArticlePath(p.ClinicArticle))
                        .Concat(PatientPages.Served(c).OfType<TreatmentContent>().Where(t => t.Reviewer?.Key == reviewer.Key).Select(PatientPages.PathOf))
                        .ToList();
                    return reviews.Count == 0 ? [] : reviews.Append("/").Append("/our-team").Select(p => PublicUrlsHost(c) + p);
                }).ToList();
                Assert.That(rendered, Is.Not.Empty);
                return (rendered, []);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(change));
        }
    }

    /// <summary>The library article shown by the most clinics, with one clinic that shows it and its clinic article there.</summary>
    private static (ClinicSite Clinic, ClinicArticle ClinicArticle, Article Article) SharedArticle(ContentLibrary library)
    {
        var article = library.Clinics.SelectMany(c => c.Articles.Where(a => a.IsPublished)).GroupBy(a => a.ArticleKey)
            .OrderByDescending(g => g.Count()).Select(g => library.Article(g.Key!.Value)!).First();
        var clinic = library.Clinics.First(c => c.Articles.Any(a => a.ArticleKey == article.Key && a.IntroOverride.Length == 0));
        return (clinic, clinic.Articles.First(a => a.ArticleKey == article.Key), article);
    }

    /// <summary>The pages of a host that show its clinic (name, colours, logo): all but the picture renditions, which are made
    /// from their media files alone.</summary>
    private static List<string> PagesShowingTheClinic(IReadOnlyList<string> pages, string host) =>
        pages.Where(p => p.StartsWith(host + "/", StringComparison.Ordinal) && !p.StartsWith(host + ResponsiveImages.Prefix, StringComparison.Ordinal)).ToList();

    /// <summary>A picture's renditions in a host's export: /images/{width}/media/{folder}/{file}.{webp|png}.</summary>
    private static List<string> RenditionsOf(IReadOnlyList<string> pages, string host, MediaImage picture) =>
        pages.Where(p => p.StartsWith(host + ResponsiveImages.Prefix, StringComparison.Ordinal)
            && p.Contains(Path.ChangeExtension(picture.Src, null) + ".", StringComparison.Ordinal)).ToList();

    /// <summary>The pages that show a library article: its page in every clinic, the home pages and sitemaps that list it,
    /// and the article pages whose related articles name it.</summary>
    /// <summary>An article's page in each clinic that shows it, the pages that list it (home, related articles, sitemap), and
    /// the team page, which lists the reviewers of the articles the clinic shows and so is read from them like the home page.</summary>
    private static List<string> PagesShowing(ContentLibrary library, Article article) =>
        library.Clinics.SelectMany(c => c.Articles.Where(a => a.IsPublished && a.ArticleKey == article.Key)
                .SelectMany(a => new[] { "/articles/" + a.Slug, "/", "/sitemap.xml", "/our-team" }.Select(p => PublicUrlsHost(c) + p)))
            .Concat(RelatedListings.Of(library, article.Key))
            .Distinct().ToList();

    private static string PublicUrlsHost(ClinicSite clinic) => Sites.PublicUrls.HostOf(clinic)!;

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
