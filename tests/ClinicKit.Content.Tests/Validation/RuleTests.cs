using System.Text.Json.Nodes;
using ClinicKit.Content.Authoring;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Tests.Usync;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Validation;

namespace ClinicKit.Content.Tests.Validation;

/// <summary>Each rule fires on a broken copy of the shipped package, naming the file, and is silent once the copy is mended.</summary>
public sealed class RuleTests
{
    private const string Article = "Content/how-ketamine-differs-from-traditional-antidepressants.config";
    private const string MechanismArticle = "Content/how-does-ketamine-work-for-depression.config";
    private const string ClinicArticle = "Content/how-ketamine-differs-from-traditional-antidepressants_0zvbfhcw.config";
    private const string LarkspurArticle = "Content/how-does-ketamine-work-for-depression_kpvdmrmg.config";
    private const string Berman = "Content/berman-et-al.2000.config";
    private const string Clinic = "Content/larkspur-mood-clinic.config";
    private const string ClinicDomain = "Domains/larkspur-mood.test_en-us.config";
    private const string Link = "DataTypes/ClinicKitLink.config";
    private const string Logo = "Media/larkspur-logo.config";
    private const string Treatment = "Content/ketamine-treatment.config";
    private const string DemoReviewer = "Content/dr.morgan-placeholder-demo-data.config";
    private const string MissingDocument = "umb://document/99999999999949998999999999999999";
    private const string ImageType = "MediaTypes/clinickitimage.config";
    private const string Missing = "99999999-9999-4999-8999-999999999999";
    private const string StarDCitation = "umb://document/189fe3b2256952998d92f3aaef675672";
    private static readonly Guid MissingKey = Guid.Parse(Missing);
    private static readonly Guid ArticleType = Guid.Parse("c6e337d0-cf4c-4042-8ba6-e3f0530ac5a3");
    private static readonly Guid ArticleLibrary = Guid.Parse("ea3cda1e-704d-4713-841f-c0e1252cf224");
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static IEnumerable<TestCaseData> Breakages()
    {
        TestCaseData Case(string code, string file, Action<TempUsyncCopy> breakIt, string why) =>
            new TestCaseData(code, file, breakIt).SetName($"{code} {why}");

        yield return Case("CK0003", "Languages/en-us.config", c => c.WriteBytes("Languages/en-us.config", [0x3C, 0x61, 0xFF, 0xFE, 0x3E]), "a file that is not UTF-8");
        yield return Case("CK0004", Berman, c => c.WriteBytes(Berman, File.ReadAllBytes(c.PathOf(Berman))[..600]), "a truncated file");
        yield return Case("CK0004", Link, c => c.Replace(Link, "</Info>", "</Inf>"), "mismatched tags");
        yield return Case("CK0005", "Languages/en-us.config", c => c.Write("Languages/en-us.config", "<Lingo Key=\"x\" />"), "an unknown root element");
        yield return Case("CK0005", Link, c => c.Write(Link, File.ReadAllText(c.PathOf(Link)).Replace("Config>", "Konfig>")), "a data type without its Config");
        yield return Case("CK0006", "Stuff/notes.config", c => c.Write("Stuff/notes.config", "<Note />"), "a file in a folder uSync does not read");
        yield return Case("CK0007", "usync.config", c => c.Delete("usync.config"), "a missing usync.config");
        yield return Case("CK0008", Link, c => c.WriteBytes(Link, []), "an empty file");
        yield return Case("CK0009", Berman, c => c.Write(Berman, HostileXml.Nested(100_000)), "a file nested 100,000 levels deep");
        yield return Case("CK0009", Link, c => c.Write(Link, HostileXml.Padded(5 * 1024 * 1024)), "a 5 MB file");
        yield return Case("CK0020", Berman + ".tmp-0a1b2c3d", c => File.Copy(c.PathOf(Berman), c.PathOf(Berman + ".tmp-0a1b2c3d")), "a temporary file a killed command left");
        yield return Case("CK0021", ".clinickit-journal", c => c.Write(".clinickit-journal", "clinickit-journal 1\ndelete\tContent/rush-et-al.2006.config\nend\t1\n"), "the journal of a change a killed command was applying");
        yield return Case("CK0101", "DataTypes/ClinicKitLinkCopy.config", c => c.Write("DataTypes/ClinicKitLinkCopy.config",
            File.ReadAllText(c.PathOf(Link)).Replace("ClinicKit - Link", "ClinicKit - Link Copy")), "two data types with one key");
        yield return Case("CK0102", "ContentTypes/clinickitcitation2.config", c => c.Write("ContentTypes/clinickitcitation2.config",
            File.ReadAllText(c.PathOf("ContentTypes/clinickitcitation.config")).Replace("23cd4961-ba5d-4dd8-b325-e926d9c98fae", Missing)), "two content types with one alias");
        yield return Case("CK0103", "DataTypes/Link.config", c => File.Move(c.PathOf(Link), c.PathOf("DataTypes/Link.config")), "a file uSync would name differently");
        yield return Case("CK0104", "ContentTypes/clinickitarticle.config", c => c.EditItemIn<ContentTypeItem>("ContentTypes/clinickitarticle.config", t => t.Level = 1), "a Level that does not match the folder");
        yield return Case("CK0104", Berman, c => c.EditContent(Berman, n => n.Level = 5), "a node Level that does not match the tree");
        yield return Case("CK0105", Link, c => c.EditItemIn<DataType>(Link, d => d.EditorUiAlias = null), "a data type without EditorUIAlias");
        yield return Case("CK0106", "DataTypes/OldThing.config", c => c.Write("DataTypes/OldThing.config",
            $"<Empty Key=\"{Missing}\" Alias=\"Old Thing\" Change=\"Delete\" Level=\"1\" />"), "a delete action");
        yield return Case("CK0107", Link, c => c.Replace(Link, "\"maxNumber\": 1,", "\"maxNumber\": 1,,"), "configuration JSON that does not parse");
        yield return Case("CK0107", Article, c => c.Replace(Article, "\"contentData\": [", "\"contentData\": [[["), "a block value that does not parse");
        yield return Case("CK0109", Article, c => Edit(c, Article, n => SetBlockValue(n, Props.Body, v => v["contentData"] = new JsonObject())), "contentData that is not a list");
        yield return Case("CK0109", Article, c => Edit(c, Article, n => SetBlockValue(n, Props.Body, v => FirstValue(v, "text")["value"] = new JsonObject { ["markup"] = 42 })), "rich text markup that is a number");
        yield return Case("CK0109", Article, c => Edit(c, Article, n => SetBlockValue(n, Props.Body, v => FirstValue(v, "statement")["value"] = new JsonArray())), "a claim statement that is a list");
        yield return Case("CK0108", "DataTypes/ClinicKitMetaTitle.config", c => c.EditItemIn<DataType>("DataTypes/ClinicKitMetaTitle.config", d => d.EditorAlias = "Acme.TextBox"), "an editor Umbraco does not define");
        yield return Case("CK0201", "ContentTypes/clinickitarticle.config", c => c.EditItemIn<ContentTypeItem>("ContentTypes/clinickitarticle.config", t => t.Compositions[0] = t.Compositions[0] with { Key = MissingKey }), "a missing composition");
        yield return Case("CK0202", "ContentTypes/clinickitcitation.config", c => c.EditItemIn<ContentTypeItem>("ContentTypes/clinickitcitation.config", t => (t.Folder, t.Parent) = (null, new KeyedAlias(MissingKey, "gone"))), "a missing parent type");
        yield return Case("CK0203", "ContentTypes/clinickitarticlelibrary.config", c => c.EditItemIn<ContentTypeItem>("ContentTypes/clinickitarticlelibrary.config", t => t.Structure[0] = t.Structure[0] with { Key = MissingKey }), "a missing allowed child");
        yield return Case("CK0204", "ContentTypes/clinickitclaimblock.config", c => c.EditItemIn<ContentTypeItem>("ContentTypes/clinickitclaimblock.config", t => t.Properties[0].Definition = MissingKey), "a missing data type");
        yield return Case("CK0205", "DataTypes/ClinicKitCallToAction.config", c => c.EditItemIn<DataType>("DataTypes/ClinicKitCallToAction.config", d => d.SetConfig(j => j["blocks"]![0]!["contentElementTypeKey"] = Missing)), "a block element type that does not exist");
        yield return Case("CK0205", "DataTypes/ClinicKitCallToAction.config", c => c.EditItemIn<DataType>("DataTypes/ClinicKitCallToAction.config", d => d.SetConfig(j => j["blocks"]![0]!["contentElementTypeKey"] = ArticleType)), "a block type that is not an element");
        yield return Case("CK0206", "DataTypes/ClinicKitCitationPicker.config", c => c.EditItemIn<DataType>("DataTypes/ClinicKitCitationPicker.config", d => d.SetConfig(j => j["filter"] = "citations")), "a picker filter that does not resolve");
        yield return Case("CK0207", "ContentTypes/clinickitarticle.config", c => c.EditItemIn<ContentTypeItem>("ContentTypes/clinickitarticle.config", t => t.DefaultTemplate = "articlePage"), "a missing template");
        yield return Case("CK0208", Berman, c => c.EditContent(Berman, n => n.ContentType = "reference"), "a node of a missing content type");
        yield return Case("CK0209", ClinicDomain, c => c.EditItemIn<Domain>(ClinicDomain, d => d.RootKey = MissingKey), "a domain pointing at a missing root");
        yield return Case("CK0210", Berman, c => c.EditContent(Berman, n => n.ParentKey = MissingKey), "a node whose parent is missing");
        yield return Case("CK0211", Clinic, c => Edit(c, Clinic, n => SetBlockValue(n, Props.CallToAction, v => v["expose"]![0]!["contentKey"] = Missing)), "a block that is not exposed");
        yield return Case("CK0212", Clinic, c => Edit(c, Clinic, n => SetBlockValue(n, Props.CallToAction, v => v["Layout"]!["Umbraco.BlockList"]![0]!["contentKey"] = Guid.Empty.ToString())), "a layout entry without content");
        yield return Case("CK0213", ClinicDomain, c => c.EditItemIn<Domain>(ClinicDomain, d => d.Language = "fr-FR"), "a domain in a missing language");
        yield return Case("CK0214", "ContentTypes/clinickitclaimblock.config", c => c.EditItemIn<ContentTypeItem>("ContentTypes/clinickitclaimblock.config", t => t.Tabs[0] = t.Tabs[0] with { Alias = "evidence" }), "a property in a missing group");
        yield return Case("CK0215", "Dictionary/clinickit.phone.config", c => c.EditItemIn<DictionaryItem>("Dictionary/clinickit.phone.config", d => d.Parent = "ClinicKit.Contacts"), "a dictionary item with a missing parent");
        yield return Case("CK0216", ClinicDomain, c => c.EditItemIn<Domain>(ClinicDomain, d => d.RootPath = "/LarkspurMoodClinic"), "a domain Root written as the content Path");
        yield return Case("CK0217", ClinicArticle, c => Edit(c, ClinicArticle, n => n.ParentKey = n.Key), "a node that is its own parent");
        yield return Case("CK0217", Clinic, c => Edit(c, Clinic, n => n.ParentKey = Read(c, LarkspurArticle).Key), "a clinic and its article as each other's parents");
        yield return Case("CK0301", Article, c => c.EditContent(Article, n => n.SetInBlock(Props.Body, Props.Citations, "", s => s == StarDCitation)), "a claim that cites nothing");
        yield return Case("CK0302", Article, c => c.EditContent(Article, n => n.SetInBlock(Props.Body, Props.Citations, "umb://document/99999999999949998999999999999999", s => s == StarDCitation)), "a claim citing a missing citation");
        yield return Case("CK0303", MechanismArticle, c => c.EditContent(Berman, n => n.Published = false), "a claim citing an unpublished citation");
        yield return Case("CK0304", Article, c => c.EditContent(Article, n => n.SetInBlock(Props.Body, Props.Statement, "", s => s.StartsWith("In STAR*D, a large study", StringComparison.Ordinal))), "a claim without a statement");
        yield return Case("CK0305", MechanismArticle, c => c.EditContent(MechanismArticle, n => n.SetInBlock(Props.Body, Props.Qualifier, "", s => s.StartsWith("A very small, early study", StringComparison.Ordinal))), "limited evidence without a caveat");
        yield return Case("CK0306", Article, c => c.EditContent(Article, n => n.SetInBlock(Props.Body, Props.EvidenceStrength, new JsonArray())), "a claim without evidence strength");
        yield return Case("CK0310", Article, c => c.EditContent(Article, n => n.Set(Props.NextReviewDue, "2026-01-01T00:00:00")), "an overdue review");
        yield return Case("CK0311", Article, c => c.EditContent(Article, n => n.Set(Props.ReviewedBy, "")), "claims without a reviewer");
        yield return Case("CK0322", Article, c => c.EditContent(Article, n => n.SetInBlock(Props.Body, Props.Text, RichText("<p>Ketamine lifts depression within hours for most people.</p>"))), "a medical claim in a text block");
        yield return Case("CK0401", ClinicArticle, c => c.EditContent(ClinicArticle, n => n.Set(Props.Article, "umb://document/99999999999949998999999999999999")), "a clinic article picking a missing article");
        yield return Case("CK0402", ClinicArticle, c => c.EditContent(Article, n => n.Published = false), "a clinic article picking an unpublished article");
        yield return Case("CK0403", Berman, c => c.EditContent(Berman, n => n.Set(Props.Doi, "doi 10.1016/S0006-3223(99)00230-9")), "a malformed DOI");
        yield return Case("CK0404", Berman, c => c.EditContent(Berman, n => n.Set(Props.Pmid, "PMID10686270")), "a malformed PMID");
        yield return Case("CK0405", Clinic, c => c.EditContent(Clinic, n => n.SetInBlock(Props.CallToAction, Props.Body, "Fax {{clinic.fax}} to book.")), "an unknown clinic token");
        yield return Case("CK0406", Berman, c => c.EditContent(Berman, n => n.Set(Props.Publication, "")), "a citation without its journal");
        yield return Case("CK0407", Clinic, c => c.Delete(ClinicDomain), "a clinic with no domain");
        yield return Case("CK0408", ClinicDomain, c => c.EditItemIn<Domain>(ClinicDomain, d => d.RootKey = ArticleLibrary), "a domain on a node that is not a clinic");
        yield return Case("CK0420", Article, c => c.EditContent(Article, n => n.Set(Props.ReviewedBy, MissingDocument)), "a reviewer pick of a node that does not exist");
        yield return Case("CK0420", Article, c => c.EditContent(Article, n => n.Set(Props.ReviewedBy, StarDCitation)), "a reviewer pick of a citation");
        yield return Case("CK0420", Article, c => c.EditContent(DemoReviewer, n => n.Published = false), "a reviewer pick of an unpublished reviewer");
        yield return Case("CK0420", Treatment, c => c.EditContent(DemoReviewer, n => n.Trashed = true), "a treatment page's reviewer in the recycle bin");
        yield return Case("CK0420", Treatment, c => c.EditContent(Treatment, n => n.Set(Props.ReviewedBy, "Dr. Morgan Placeholder")), "a reviewer typed as text, as before reviewers were people");
        yield return Case("CK0501", Clinic, c => c.EditContent(Clinic, n => n.Set(Props.Logo, $"[{{\"key\":\"{Guid.NewGuid()}\",\"mediaKey\":\"{Missing}\",\"mediaTypeAlias\":\"Image\",\"crops\":[],\"focalPoint\":null}}]")), "a logo that picks a media key no item has");
        yield return Case("CK0501", Clinic, c => c.Delete(Logo), "a logo whose media item was deleted");
        yield return Case("CK0502", Logo, c => c.EditItem<ContentNode>(n => n.Source!.File == Logo, n => n.Set(MediaRules.AltText, "")), "an image with empty alt text");
        yield return Case("CK0502", Logo, c => c.EditItem<ContentNode>(n => n.Source!.File == Logo, n => n.Set(MediaRules.AltText, "  ")), "an image whose alt text is blank");
        yield return Case("CK0504", Logo, c => c.EditItem<ContentNode>(n => n.Source!.File == Logo, n => n.Set(MediaRules.AltText, new string('a', MediaRules.MaxAltText + 1))), "alt text one character over the limit");
        yield return Case("CK0504", Logo, c => c.EditItem<ContentNode>(n => n.Source!.File == Logo, n => n.Set(MediaRules.AltText, string.Concat(Enumerable.Repeat("A clinic logo. ", 13_000)))), "alt text of about 200,000 characters");
        yield return Case("CK0503", Logo, c => c.EditItem<ContentNode>(n => n.Source!.File == Logo, n => n.ContentType = "Image"), "alt text on Umbraco's own Image type, which has none");
        yield return Case("CK0503", Logo, c => c.EditItem<ContentNode>(n => n.Source!.File == Logo, n => n.Set("caption", "Our logo")), "an image value for a property its type lacks");
        yield return Case("CK0503", Logo, c => c.EditItemIn<ContentTypeItem>(ImageType, t => t.Properties.RemoveAll(p => p.Alias == MediaRules.AltText)), "alt text after the property left the media type");
    }

    [TestCaseSource(nameof(Breakages))]
    public void A_rule_fires_on_a_broken_copy_naming_the_file(string code, string file, Action<TempUsyncCopy> breakIt)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        breakIt(copy);

        var broken = Validate(copy).Where(d => d.Code == code).ToList();
        Assert.That(broken.Select(d => d.File), Does.Contain(file), $"{code} should name {file}; got: {string.Join("; ", broken)}");
        Assert.That(broken.First(d => d.File == file).Message, Is.Not.Empty);
    }

    /// <summary>The valid content closest to each breakage above, at the edge of what the rule allows: a rule that fires
    /// too eagerly (a boundary moved, one alternative of several dropped) names the file here.</summary>
    private static IEnumerable<TestCaseData> NearMisses()
    {
        TestCaseData Case(string code, string file, Action<TempUsyncCopy> edit, string why) =>
            new TestCaseData(code, file, edit).SetName($"{code} is silent on {why}");

        yield return Case("CK0310", Article, c => c.EditContent(Article, n => n.Set(Props.NextReviewDue, $"{Today:yyyy-MM-dd}T00:00:00")), "a review due today");
        yield return Case("CK0305", MechanismArticle, c => c.EditContent(MechanismArticle, n => n.SetInBlock(Props.Body, Props.Qualifier, "Small.", s => s.StartsWith("A very small, early study", StringComparison.Ordinal))), "limited evidence with a one-word caveat");
        yield return Case("CK0403", Berman, c => c.EditContent(Berman, n => n.Set(Props.Doi, "10.1234/x")), "the shortest DOI");
        yield return Case("CK0403", Berman, c => c.EditContent(Berman, n => n.Set(Props.Doi, "10.123456789/x")), "a DOI with a nine-digit registrant");
        yield return Case("CK0404", Berman, c => c.EditContent(Berman, n => n.Set(Props.Pmid, "1")), "a one-digit PMID");
        yield return Case("CK0404", Berman, c => c.EditContent(Berman, n => n.Set(Props.Pmid, "99999999")), "an eight-digit PMID");
        yield return Case("CK0405", Clinic, c => c.EditContent(Clinic, n => n.SetInBlock(Props.CallToAction, Props.Body, "Book at {{ clinic.bookingUrl }}.")), "a known token written with spaces");
        yield return Case("CK0406", Berman, c => c.EditContent(Berman, n => n.Set(Props.Doi, "").Set(Props.Pmid, "").Set(Props.Url, "")), "a citation found by its year alone");
        yield return Case("CK0406", Berman, c => c.EditContent(Berman, n => n.Set(Props.Pmid, "").Set(Props.Url, "").Set(Props.Year, "")), "a citation found by its DOI alone");
        yield return Case("CK0406", Berman, c => c.EditContent(Berman, n => n.Set(Props.Doi, "").Set(Props.Url, "").Set(Props.Year, "")), "a citation found by its PubMed ID alone");
        yield return Case("CK0406", Berman, c => c.EditContent(Berman, n => n.Set(Props.Doi, "").Set(Props.Pmid, "").Set(Props.Year, "")), "a citation found by its link alone");
        yield return Case("CK0402", ClinicArticle, c => c.EditContent(MechanismArticle, n => n.Published = false), "an unpublished article this clinic article does not pick");
        yield return Case("CK0303", Article, c => c.EditContent(Berman, n => n.Published = false), "an unpublished citation this article does not cite");
        yield return Case("CK0322", Article, c => c.EditContent(Article, n => n.SetInBlock(Props.Body, Props.Text, RichText("<h2>Before your visit</h2><p>Bring your insurance card and a list of your medicines. We are open 8am to 6pm.</p>"))), "practical text in a text block");
        yield return Case("CK0502", Logo, c => c.EditItem<ContentNode>(n => n.Source!.File == Logo, n => n.Set(MediaRules.AltText, "Logo")), "a one-word alt text");
        yield return Case("CK0504", Logo, c => c.EditItem<ContentNode>(n => n.Source!.File == Logo, n => n.Set(MediaRules.AltText, new string('a', MediaRules.MaxAltText))), "alt text of exactly the limit");
        yield return Case("CK0501", Clinic, c => c.EditContent(Clinic, n => n.Set(Props.Logo, "")), "a clinic with no logo picked");
        yield return Case("CK0420", Article, c => c.EditContent(Article, n => n.Set(Props.ReviewedBy, "")), "an article with no reviewer picked (CK0311's case, a warning)");
        yield return Case("CK0420", Article, c => c.EditContent(Article, n => n.Set(Props.ReviewedBy, "umb://document/" + Read(c, DemoReviewer).Key.ToString("N").ToUpperInvariant())), "a reviewer UDI written in upper-case hex");
        yield return Case("CK0503", Logo, c =>
        {
            c.EditItem<ContentNode>(n => n.Source!.File == Logo, n =>
            {
                n.ContentType = "Image";
                n.Properties.RemoveAll(p => p.Alias == MediaRules.AltText);
            });
        }, "an image on Umbraco's own Image type that sets only that type's properties");
    }

    [TestCaseSource(nameof(NearMisses))]
    public void A_rule_is_silent_on_the_nearest_valid_content(string code, string file, Action<TempUsyncCopy> edit)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        edit(copy);
        var edited = Directory.EnumerateFiles(copy.Root, "*", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f) != File.ReadAllText(Path.Combine(Paths.ShippedUsync, Path.GetRelativePath(copy.Root, f))));
        Assert.That(edited, Is.GreaterThan(0), "the case must change the content, or it checks the shipped folder again");

        var findings = Validate(copy).Where(d => d.File == file && (d.Code == code || d.Severity == Severity.Error)).ToList();
        Assert.That(findings, Is.Empty, $"{code} (or any error) should not name {file}");
    }

    /// <summary>The message <c>clinickit validate</c> shows for a finding, as the editor reads it.</summary>
    private static IEnumerable<TestCaseData> Messages()
    {
        TestCaseData Case(string code, string file, Action<TempUsyncCopy> edit, Func<TempUsyncCopy, string> message, string why) =>
            new TestCaseData(code, file, edit, message).SetName($"{code} says {why}");

        yield return Case("CK0402", ClinicArticle, c => c.EditContent(Article, n => n.Published = false),
            c => $"the library article '{Read(c, Article).Name}' is not published", "the library article is not published");
        yield return Case("CK0402", ClinicArticle, c => c.EditContent(Article, n => n.Trashed = true),
            c => $"the library article '{Read(c, Article).Name}' is in the recycle bin", "the library article is in the recycle bin");
        yield return Case("CK0301", Article, c => c.EditContent(Article, n => n.SetInBlock(Props.Body, Props.Citations, "", s => s == StarDCitation).Published = false),
            _ => " (draft: fix before publishing)", "that a draft's uncited claim is to be fixed before publishing");
    }

    [TestCaseSource(nameof(Messages))]
    public void A_finding_tells_the_editor_what_is_wrong(string code, string file, Action<TempUsyncCopy> edit, Func<TempUsyncCopy, string> message)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        edit(copy);

        var found = Validate(copy).Where(d => d.Code == code && d.File == file).ToList();
        Assert.That(found.Select(d => d.Message), Has.One.EndsWith(message(copy)));
    }

    [Test]
    public void A_draft_articles_uncited_claim_is_a_warning_and_a_published_ones_an_error()
    {
        using var draft = new TempUsyncCopy(Paths.ShippedUsync);
        draft.EditContent(Article, n => n.SetInBlock(Props.Body, Props.Citations, "", s => s == StarDCitation).Published = false);
        using var published = new TempUsyncCopy(Paths.ShippedUsync);
        published.EditContent(Article, n => n.SetInBlock(Props.Body, Props.Citations, "", s => s == StarDCitation));

        Assert.That(Validate(draft).Where(d => d.Code == "CK0301" && d.File == Article).Select(d => d.Severity), Is.EqualTo(new[] { Severity.Warning }));
        var errors = Validate(published).Where(d => d.Code == "CK0301" && d.File == Article).ToList();
        Assert.That(errors.Select(d => d.Severity), Is.EqualTo(new[] { Severity.Error }));
        Assert.That(errors[0].Message, Does.Not.Contain("draft"));
    }

    [Test]
    public void An_unknown_token_is_named_with_every_token_the_editor_can_use()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        copy.EditContent(Clinic, n => n.SetInBlock(Props.CallToAction, Props.Body, "Fax {{clinic.fax}} to book."));

        var message = Validate(copy).Single(d => d.Code == "CK0405" && d.File == Clinic).Message;
        Assert.That(message, Does.StartWith($"'{Props.CallToAction}': a call to action uses {{{{clinic.fax}}}}; known tokens are "));
        Assert.That(ClinicTokens.Known, Has.All.Matches<string>(t => message.Contains("{{" + t + "}}", StringComparison.Ordinal)));
    }

    /// <summary>What <c>clinickit validate</c> tells the editor about a published article's reviewer pick that shows nobody.</summary>
    private static IEnumerable<TestCaseData> ReviewerPicks()
    {
        TestCaseData Case(Action<TempUsyncCopy> edit, Func<TempUsyncCopy, string> picks, string why) =>
            new TestCaseData(edit, picks).SetName($"CK0420 on a published article names {why}");

        yield return Case(c => c.EditContent(Article, n => n.Set(Props.ReviewedBy, MissingDocument)), _ => $"{MissingDocument}, which does not exist", "a pick that does not exist");
        yield return Case(c => c.EditContent(Article, n => n.Set(Props.ReviewedBy, StarDCitation)), c => $"'{Read(c, "Content/rush-et-al.2006.config").Name}', which is not a reviewer", "a pick of a citation");
        yield return Case(c => c.EditContent(DemoReviewer, n => n.Trashed = true), c => $"the reviewer '{Read(c, DemoReviewer).Name}', who is in the recycle bin", "a reviewer in the recycle bin");
        yield return Case(c => c.EditContent(DemoReviewer, n => n.Published = false), c => $"the reviewer '{Read(c, DemoReviewer).Name}', who is not published", "an unpublished reviewer");
    }

    [TestCaseSource(nameof(ReviewerPicks))]
    public void A_published_articles_reviewer_pick_that_shows_nobody_is_an_error_saying_why(Action<TempUsyncCopy> edit, Func<TempUsyncCopy, string> picks)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        edit(copy);

        var found = Validate(copy).Where(d => d.Code == "CK0420" && d.File == Article).ToList();
        Assert.That(found.Select(d => d.Severity), Is.EqualTo(new[] { Severity.Error }));
        Assert.That(found[0].Message, Does.StartWith($"'{Props.ReviewedBy}' picks ").And.EndWith(picks(copy)));
    }

    [Test]
    public void A_drafts_reviewer_pick_that_does_not_resolve_is_a_warning_naming_the_pick()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        copy.EditContent(Article, n =>
        {
            n.Published = false;
            n.Set(Props.ReviewedBy, MissingDocument);
        });

        var found = Validate(copy).Where(d => d.Code == "CK0420").ToList();
        Assert.That(found.Select(d => (d.File, d.Severity)), Is.EqualTo(new[] { (Article, Severity.Warning) }));
        Assert.That(found[0].Message, Does.Contain(MissingDocument).And.EndWith("(draft: fix before publishing)"));
    }

    [Test]
    public void A_copied_file_with_the_same_key_is_reported_in_both_files_and_the_library_still_reads()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        const string copied = "Content/copy-of-an-article.config";
        File.Copy(copy.PathOf(Article), copy.PathOf(copied));

        var folder = UsyncFolderReader.Read(copy.Root);
        var duplicates = UsyncValidator.Validate(folder, Today).Where(d => d.Code == "CK0101").ToList();
        Assert.That(duplicates.Select(d => d.File), Is.EquivalentTo(new[] { Article, copied }));
        Assert.That(duplicates.Single(d => d.File == Article).Message, Does.Contain(copied));
        Assert.That(UsyncLibraryReader.Read(folder).Articles.Count(a => a.Key == Read(copy, Article).Key), Is.EqualTo(1));
    }

    [Test]
    public void A_parent_loop_names_the_nodes_in_the_loop_and_not_the_nodes_below_it()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        Edit(copy, Clinic, n => n.ParentKey = Read(copy, LarkspurArticle).Key);

        var loop = Validate(copy).Where(d => d.Code == "CK0217").Select(d => d.File).ToList();
        Assert.That(loop, Is.EquivalentTo(new[] { Clinic, LarkspurArticle }));
    }

    [Test]
    public void A_missing_folder_is_one_clear_error()
    {
        var diagnostics = UsyncValidator.Validate(UsyncFolderReader.Read("/nonexistent/uSync/v17"), Today);
        Assert.That(diagnostics.Select(d => (d.Code, d.Message)), Is.EqualTo(new[] { ("CK0001", "the folder '/nonexistent/uSync/v17' does not exist") }));
    }

    [Test]
    public void An_empty_folder_is_an_error()
    {
        var empty = Directory.CreateTempSubdirectory("clinickit-empty-");
        try
        {
            Assert.That(UsyncValidator.Validate(UsyncFolderReader.Read(empty.FullName), Today).Select(d => d.Code), Does.Contain("CK0002"));
        }
        finally
        {
            empty.Delete();
        }
    }

    [Test]
    public void A_broken_file_does_not_stop_the_other_files_being_checked()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        copy.WriteBytes(Berman, File.ReadAllBytes(copy.PathOf(Berman))[..600]);
        copy.Replace(Clinic, "{{clinic.email}}", "{{clinic.fax}}");

        var codes = Validate(copy).Select(d => (d.Code, d.File)).ToList();
        Assert.That(codes, Does.Contain(("CK0004", Berman)).And.Contain(("CK0405", Clinic)));
    }

    [Test]
    public void Every_code_is_covered_by_a_test()
    {
        var tested = Breakages().Select(b => (string)b.Arguments[0]!)
            .Concat(Pages.PageRulesTests.Breakages().Select(b => (string)b.Arguments[1]!))
            .Append("CK0001").Append("CK0002").ToHashSet();
        Assert.That(DiagnosticCodes.All.Select(c => c.Code).Where(c => !tested.Contains(c)), Is.Empty);
    }

    /// <summary>A rich text block's value as Umbraco 17 stores it.</summary>
    private static JsonObject RichText(string markup) => new() { ["markup"] = markup, ["blocks"] = null };

    /// <summary>Reads one content node of the copy, lets the test change it, and writes it back with ClinicKit's writer.</summary>
    private static void Edit(TempUsyncCopy copy, string relative, Action<ContentNode> edit)
    {
        var node = Read(copy, relative);
        edit(node);
        UsyncWrites.Item(copy.Root, node);
    }

    private static ContentNode Read(TempUsyncCopy copy, string relative) =>
        UsyncFolderReader.Read(copy.Root).Content.Single(n => n.Source!.File == relative);

    private static void SetBlockValue(ContentNode node, string property, Action<JsonObject> edit)
    {
        var value = JsonNode.Parse(node.Value(property)!)!.AsObject();
        edit(value);
        node.Property(property)!.Values = [new StoredValue(null, null, value.ToJsonString(BlockValueJson.WriteOptions))];
    }

    /// <summary>The first property value with this alias in any block of the body.</summary>
    private static JsonObject FirstValue(JsonObject body, string alias) =>
        body["contentData"]!.AsArray().SelectMany(b => b!["values"]!.AsArray()).Select(v => v!.AsObject()).First(v => (string?)v["alias"] == alias);

    private static IReadOnlyList<Diagnostic> Validate(TempUsyncCopy copy) => UsyncValidator.Validate(UsyncFolderReader.Read(copy.Root), Today);
}
