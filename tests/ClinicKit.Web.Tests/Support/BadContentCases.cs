using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Web.Tests.Support;

/// <summary>One way a careless editor (or a bad merge) breaks a uSync folder, as issue 12's probes found them.</summary>
/// <param name="Code">The error <c>clinickit validate</c> reports for it.</param>
/// <param name="Break">Breaks a copy of the shipped folder and says what that touches.</param>
public sealed record BadContentCase(string Name, string Code, Func<UsyncCopy, Breakage> Break)
{
    public override string ToString() => Name;
}

/// <summary>What a breakage touches.</summary>
/// <param name="Files">The uSync-relative files validation must name with the case's code.</param>
/// <param name="Touched">The clinics that have no good version when the head starts on this content.</param>
/// <param name="Branded">Whether the head still knows the clinic well enough to brand its 503 page at start-up.</param>
/// <param name="Host">A page of a touched clinic, as a visitor opens it.</param>
/// <param name="Expected">Text on that page while the last good content is served.</param>
public sealed record Breakage(IReadOnlyList<string> Files, IReadOnlyList<ClinicSite> Touched, bool Branded, string Host, string Path, IReadOnlyList<string> Expected);

/// <summary>The table of bad-content cases, each built by editing the shipped content through ClinicKit.Content's own model
/// and writer (no string replacement on copies of shipped files).</summary>
public static class BadContentCases
{
    private static ContentLibrary Library => ShippedContent.Library;

    /// <summary>A library article shown by two of the three demo clinics, so the third shows what "untouched" means.</summary>
    private static Article Shared => Library.Articles.First(a => a.IsPublished && Library.ClinicsShowing(a.Key).Count(c => c.IsPublished) == 2);

    /// <summary>The clinic that clinic-level cases break, and its first article page.</summary>
    private static ClinicSite Clinic => Library.Clinics[1];

    private static (ClinicArticle Page, Article Article) ClinicPage => ShippedContent.ServedArticles(Clinic).First();

    public static IEnumerable<BadContentCase> All()
    {
        yield return new("Article body JSON cut short", "CK0107", copy =>
        {
            copy.Edit(Shared.Key, n => UsyncCopy.Set(n, Props.Body, n.Value(Props.Body)![..(n.Value(Props.Body)!.Length / 2)]));
            return OnArticle(copy, Shared);
        });
        yield return new("Article contentData that is not a list", "CK0109", copy =>
        {
            copy.Edit(Shared.Key, n => UsyncCopy.EditBlockValue(n, Props.Body, v => v["contentData"] = new JsonObject()));
            return OnArticle(copy, Shared);
        });
        yield return new("Rich text markup that is a number", "CK0109", copy =>
        {
            copy.Edit(Shared.Key, n => EditFirstBlock(n, DocumentTypes.RichTextBlock.Key, b =>
                UsyncCopy.SetBlockValue(b, Props.Text, new JsonObject { ["blocks"] = null, ["markup"] = 42 })));
            return OnArticle(copy, Shared);
        });
        yield return new("A claim statement that is a number", "CK0109", copy =>
        {
            copy.Edit(Shared.Key, n => EditFirstBlock(n, DocumentTypes.ClaimBlock.Key, b => UsyncCopy.SetBlockValue(b, Props.Statement, 7)));
            return OnArticle(copy, Shared);
        });
        yield return new("A claim citing a citation that does not exist", "CK0302", copy =>
        {
            copy.Edit(Shared.Key, n => EditFirstBlock(n, DocumentTypes.ClaimBlock.Key, b => UsyncCopy.SetBlockValue(b, Props.Citations, Udis.Document(Guid.NewGuid()))));
            return OnArticle(copy, Shared);
        });
        yield return new("A copied article file with the same key", "CK0101", copy =>
        {
            var original = copy.RelativeFileOf(Shared.Key);
            const string copied = "Content/copy-of-an-article.config";
            File.Copy(Path.Combine(copy.Root, original), Path.Combine(copy.Root, copied));
            return OnArticle(copy, Shared) with { Files = [original, copied] };
        });
        yield return new("A truncated article file", "CK0004", copy =>
        {
            var breakage = OnArticle(copy, Shared);
            var file = copy.FileOf(Shared.Key);
            File.WriteAllBytes(file, File.ReadAllBytes(file)[..600]);

            // At start-up nothing says what the file held, so every clinic waits for it.
            return breakage with { Touched = Library.Clinics };
        });
        yield return new("A clinic article that is its own parent", "CK0217", copy =>
        {
            copy.Edit(ClinicPage.Page.Key, n => n.ParentKey = n.Key);

            // At start-up nothing says which clinic the node was under, so every clinic waits for it.
            return OnClinicPage(copy.RelativeFileOf(ClinicPage.Page.Key)) with { Touched = Library.Clinics };
        });
        yield return new("A clinic and its article as each other's parents", "CK0217", copy =>
        {
            copy.Edit(Clinic.Key, n => n.ParentKey = ClinicPage.Page.Key);
            return OnClinicPage(copy.RelativeFileOf(Clinic.Key), copy.RelativeFileOf(ClinicPage.Page.Key));
        });
        yield return new("A clinic article picking an article that does not exist", "CK0401", copy =>
        {
            copy.Edit(ClinicPage.Page.Key, n => UsyncCopy.Set(n, Props.Article, Udis.Document(Guid.NewGuid())));
            return OnClinicPage(copy.RelativeFileOf(ClinicPage.Page.Key));
        });
        yield return new("A clinic root whose content type is unknown", "CK0208", copy =>
        {
            copy.Edit(Clinic.Key, n => n.ContentType = "clinicSiteRetired");
            return OnClinicHome(copy.RelativeFileOf(Clinic.Key), branded: true);
        });
        yield return new("A domain whose root key does not exist", "CK0209", copy =>
        {
            var host = ShippedContent.Host(Clinic);
            var file = copy.EditItem<Domain>(d => ContentLibrary.HostOf(d.Alias) == host, d => d.RootKey = Guid.NewGuid());

            // The domain no longer says which clinic it was for, so its 503 page cannot be branded.
            return OnClinicHome(file, branded: false);
        });
    }

    private static Breakage OnArticle(UsyncCopy copy, Article article)
    {
        var showing = Library.ClinicsShowing(article.Key).Where(c => c.IsPublished).ToList();
        var page = showing[0].Articles.First(a => a.ArticleKey == article.Key);
        return new([copy.RelativeFileOf(article.Key)], showing, true, ShippedContent.Host(showing[0]), "/articles/" + page.Slug, ArticleText(article));
    }

    private static Breakage OnClinicPage(params string[] files) =>
        new(files, [Clinic], true, ShippedContent.Host(Clinic), "/articles/" + ClinicPage.Page.Slug, ArticleText(ClinicPage.Article));

    private static Breakage OnClinicHome(string file, bool branded) =>
        new([file], [Clinic], branded, ShippedContent.Host(Clinic), "/", [Clinic.ClinicName, Clinic.Tagline]);

    /// <summary>What a visitor reads on an article page: the title, the first claim and who reviewed it.</summary>
    private static string[] ArticleText(Article article) => [article.Title, article.Claims.First().Statement, "Medically reviewed by"];

    private static void EditFirstBlock(ContentNode node, Guid elementType, Action<JsonObject> edit)
    {
        var done = false;
        UsyncCopy.EditBlocks(node, Props.Body, block =>
        {
            if (done || !UsyncCopy.IsBlockOf(block, elementType))
            {
                return false;
            }

            edit(block);
            done = true;
            return true;
        });
    }
}
