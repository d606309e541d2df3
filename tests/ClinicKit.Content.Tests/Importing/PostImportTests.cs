using System.Text;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Importing;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Tests.Importing;

public sealed class PostImportTests
{
    private static readonly ContentNode Library = UsyncFolderReader.Read(Paths.ShippedUsync).Content.Single(n => n.ContentType == DocumentTypes.ArticleLibrary.Alias);

    [Test]
    public void A_markdown_post_becomes_an_unpublished_article_with_text_and_uncited_claim_blocks_in_reading_order()
    {
        const string markdown = "# Ketamine and you\n\nMany people ask us about ketamine. It works almost immediately for most patients.\n\n## What to expect\n\n- Sessions last about an hour\n- 80% of patients feel better\n";
        var imported = Import(markdown, "post.md");
        var body = Body(imported);
        var claims = ClaimReader.Read(body);

        Assert.Multiple(() =>
        {
            Assert.That(imported.Article.Name, Is.EqualTo("Ketamine and you"));
            Assert.That(imported.Article.Published, Is.False);
            Assert.That(imported.Article.Value(Props.Summary), Is.EqualTo("Many people ask us about ketamine. It works almost immediately for most patients."));
            Assert.That(claims.Select(c => (c.Statement, c.ClaimType, c.Citations.Count)), Is.EqualTo(new[]
            {
                ("It works almost immediately for most patients.", "Onset", 0),
                ("80% of patients feel better", "Statistic", 0),
            }));
            Assert.That(claims.Select(c => c.Qualifier), Has.All.EqualTo(ArticleDraft.QualifierPlaceholder));
            Assert.That(body.ContentInLayoutOrder().Select(b => b.ContentTypeKey == DocumentTypes.ClaimBlock.Key ? "claim" : "text"),
                Is.EqualTo(new[] { "text", "claim", "text", "claim" }));
            Assert.That(imported.Claims, Is.EqualTo(2));
        });
    }

    [Test]
    public void Html_scripts_and_handlers_never_reach_the_article()
    {
        const string html = "<html><head><title>T</title><script>alert(1)</script></head><body><h1>Safe title</h1><p onclick=\"alert(2)\">Hello <b>there</b>.<script>alert(3)</script></p><p><a href=\"javascript:alert(4)\">link</a> text &lt;script&gt;</p></body></html>";
        var imported = Import(html, "post.html");
        var stored = string.Join("\n", imported.Article.Properties.SelectMany(p => p.Values).Select(v => v.Text));

        Assert.That(imported.Article.Name, Is.EqualTo("Safe title"));
        Assert.That(stored, Does.Not.Contain("alert").And.Not.Contain("onclick").And.Not.Contain("javascript:").And.Not.Contain("<script"));
        Assert.That(RichText(imported), Does.Contain("<p>Hello there.</p>").And.Contain("&lt;script&gt;"));
        Assert.That(imported.Warnings, Has.Some.Contains("<script>"));
    }

    [TestCase(new byte[] { 0x48, 0x69, 0x00, 0x01, 0x02 }, "binary")]
    [TestCase(new byte[] { 0x48, 0xFF, 0xFE, 0x21 }, "not UTF-8")]
    [TestCase(new byte[] { 0x20, 0x0A, 0x0A }, "no text")]
    public void A_file_that_is_not_a_post_is_refused_with_a_reason(byte[] bytes, string reason) =>
        Assert.That(() => PostParser.Parse(bytes, "post.txt"), Throws.TypeOf<PostUnreadableException>().With.Message.Contains(reason));

    [Test]
    public void A_huge_file_is_refused_before_it_is_parsed()
    {
        var huge = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Ketamine works quickly. ", 60_000)));
        Assert.That(() => PostParser.Parse(huge, "post.txt"), Throws.TypeOf<PostUnreadableException>().With.Message.Contains("KB"));
    }

    [Test]
    public void Page_furniture_is_left_out_and_reported()
    {
        var parsed = PostParser.Parse(Encoding.UTF8.GetBytes("top of page\n\nPOST\n\nWhy Ketamine Is Different From Other Treatments\n\nSome text here that is long enough.\n\nhttps://example.com\n\nbottom of page"), "post.txt");

        Assert.That(parsed.Title, Is.EqualTo("Why Ketamine Is Different From Other Treatments"));
        Assert.That(parsed.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "Some text here that is long enough." }));
        Assert.That(parsed.Warnings, Has.Count.EqualTo(4));
    }

    private static ImportedArticle Import(string text, string name) =>
        ArticleDraft.Build(PostParser.Parse(Encoding.UTF8.GetBytes(text), name), Library, 9, name, new DateTime(2026, 11, 22));

    private static BlockValue Body(ImportedArticle imported)
    {
        Assert.That(BlockValueJson.TryParse(imported.Article.Value(Props.Body), out var body, out var error), Is.True, error);
        return body;
    }

    private static string RichText(ImportedArticle imported) =>
        string.Join("", Body(imported).ContentInLayoutOrder().Where(b => b.ContentTypeKey == DocumentTypes.RichTextBlock.Key)
            .Select(b => RichTextValue.FromNode(b.Value(Props.Text)).Markup));
}
