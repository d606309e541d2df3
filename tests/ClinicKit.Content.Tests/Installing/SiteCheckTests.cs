using ClinicKit.Content.Installing;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Validation;

namespace ClinicKit.Content.Tests.Installing;

/// <summary>
/// check-site against sites built item by item. How uSync finds an existing item is modelled on
/// uSync.Core/Serialization/SyncSerializerRoot.cs (FindItemAsync(XElement): key, then alias), ContentSerializerBase.cs
/// (content by key, else by name under a parent found by key), DomainSerializer.cs (domains by name) and
/// LanguageSerializer.cs (languages by ISO code, IsDefault copied from the file).
/// </summary>
public sealed class SiteCheckTests
{
    private static readonly UsyncFolder Package = UsyncFolderReader.Read(Paths.ShippedUsync);
    private static readonly Guid SiteKey = new("5e1f0000-0000-4000-8000-00000000c0de");
    private static readonly Guid Textstring = new("0cc0eba1-9960-42c9-bf9b-60e150b429ae");

    private static IEnumerable<TestCaseData> Collisions()
    {
        TestCaseData Case(Action<SyntheticUsyncFolder> build, MatchOutcome outcome, string matchedBy, string ourAlias, string why) =>
            new TestCaseData(build, outcome, matchedBy, ourAlias).SetName(why);

        var clinicRoot = Package.Domains.First().RootKey!.Value;
        var clinicDomain = Package.Domains.First().Alias;
        var dataType = Package.DataTypes.First();
        var dictionary = Package.Dictionary.First();

        yield return Case(s => s.DocumentType(DocumentTypes.Article.Alias, SiteKey, "Article"), MatchOutcome.Takeover, "alias", DocumentTypes.Article.Alias,
            "a site type with our alias and another key is taken over");
        yield return Case(s => s.DocumentType(DocumentTypes.Article.Alias.ToUpperInvariant(), SiteKey, "Article"), MatchOutcome.Takeover, "alias", DocumentTypes.Article.Alias,
            "aliases match without regard to case");
        yield return Case(s => s.DocumentType(DocumentTypes.Citation.Alias, DocumentTypes.Citation.Key, "Citation"), MatchOutcome.Update, "key", DocumentTypes.Citation.Alias,
            "our own type from an earlier install is updated");
        yield return Case(s => s.DocumentType("reference", DocumentTypes.Citation.Key, "Reference"), MatchOutcome.Update, "key", DocumentTypes.Citation.Alias,
            "our type renamed on the site is still ours: the key wins over the alias");
        yield return Case(s => s.DataType(SiteKey, dataType.Alias, "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox"), MatchOutcome.Takeover, "alias", dataType.Alias,
            "a site data type with the name of one of ours is taken over");
        yield return Case(s => s.DictionaryItem(dictionary.Alias, SiteKey, "en-US", "Theirs"), MatchOutcome.Takeover, "alias", dictionary.Alias,
            "a site dictionary item with our item key is taken over");
        yield return Case(s => s.Node(clinicRoot, "Renamed clinic", DocumentTypes.ClinicSite.Alias), MatchOutcome.Update, "key", Package.ContentByKey(clinicRoot)!.Alias,
            "a node with our key is updated");
        yield return Case(s => s.Node(SiteKey, "Home", "home").Domain(clinicDomain, SiteKey, "/Home"), MatchOutcome.Takeover, "domain name", clinicDomain,
            "a site domain with our host name on another root is taken over");
        yield return Case(s => s.Node(clinicRoot, "Clinic", DocumentTypes.ClinicSite.Alias).Domain(clinicDomain, clinicRoot, "/Clinic"), MatchOutcome.Update, "domain name", clinicDomain,
            "a site domain with our host name on our root is updated");
    }

    [TestCaseSource(nameof(Collisions))]
    public void An_item_uSync_would_find_is_reported_with_what_it_is_on_the_site(Action<SyntheticUsyncFolder> build, MatchOutcome outcome, string matchedBy, string ourAlias)
    {
        using var site = new SyntheticUsyncFolder();
        build(site);

        var report = SiteCheck.Run(Package, UsyncFolderReader.Read(site.Root));

        var match = report.Matches.Single(m => m.Ours.Alias == ourAlias);
        Assert.Multiple(() =>
        {
            Assert.That(match.Outcome, Is.EqualTo(outcome));
            Assert.That(match.MatchedBy, Is.EqualTo(matchedBy));
            Assert.That(match.Theirs.File, Is.Not.Empty.And.Not.Contain(".."), "names the site's file");
            Assert.That(report.TakeoverCount, Is.EqualTo(outcome == MatchOutcome.Takeover ? 1 : 0));
        });
    }

    [TestCase("0f0e0000-0000-4000-8000-00000000de1e", "home", true, TestName = "a delete action in the package removes the site's type with its key")]
    [TestCase("0f0e0000-0000-4000-8000-0000000000ff", "home", true, TestName = "a delete action in the package removes the site's type with its alias")]
    [TestCase("0f0e0000-0000-4000-8000-0000000000ff", "other", false, TestName = "a delete action for something the site does not have removes nothing")]
    public void A_delete_action_that_would_remove_a_site_item_is_a_takeover(string deletedKey, string deletedAlias, bool takenOver)
    {
        using var package = new SyntheticUsyncFolder();
        package.File("ContentTypes/old.config", System.Text.Encoding.UTF8.GetBytes($"<Empty Key=\"{deletedKey}\" Alias=\"{deletedAlias}\" Change=\"Delete\" Level=\"1\" />"));
        using var site = new SyntheticUsyncFolder();
        site.DocumentType("home", new Guid("0f0e0000-0000-4000-8000-00000000de1e"), "Home");

        var report = SiteCheck.Run(UsyncFolderReader.Read(package.Root), UsyncFolderReader.Read(site.Root));

        Assert.That(report.Takeovers.Select(m => m.Theirs.Alias), takenOver ? Is.EqualTo(new[] { "home" }) : Is.Empty);
    }

    [Test]
    public void A_site_root_with_the_name_of_ours_is_not_found_since_uSync_finds_roots_by_key_only()
    {
        using var site = new SyntheticUsyncFolder();
        var ours = Package.ContentByKey(Package.Domains.First().RootKey!.Value)!;
        site.Node(SiteKey, ours.Name!, "home");

        Assert.That(SiteCheck.Run(Package, UsyncFolderReader.Read(site.Root)).Matches, Is.Empty);
    }

    [TestCase("Contact", "Contact", true, TestName = "a child of a parent found by key, with the same name, is taken over")]
    [TestCase("Contact", "About", false, TestName = "a child with another name is not")]
    public void A_node_under_a_parent_found_by_key_is_found_by_name(string ourName, string siteName, bool takenOver)
    {
        var parent = new Guid("9a7e0000-0000-4000-8000-000000000001");
        using var package = new SyntheticUsyncFolder();
        package.Node(parent, "Home", "home").Node(new Guid("9a7e0000-0000-4000-8000-000000000002"), ourName, "page", parent);
        using var site = new SyntheticUsyncFolder();
        site.Node(parent, "Home", "home").Node(SiteKey, siteName, "page", parent);

        var report = SiteCheck.Run(UsyncFolderReader.Read(package.Root), UsyncFolderReader.Read(site.Root));

        Assert.That(report.Takeovers.Select(m => m.Theirs.Key), takenOver ? Is.EqualTo(new[] { SiteKey }) : Is.Empty);
    }

    [Test]
    public void Our_package_leaves_an_en_GB_site_default_alone_and_says_what_needs_en_US()
    {
        using var site = new SyntheticUsyncFolder();
        site.Language("en-GB", isDefault: true);

        var languages = SiteCheck.Run(Package, UsyncFolderReader.Read(site.Root)).Languages;

        Assert.Multiple(() =>
        {
            Assert.That(languages.SiteDefault, Is.EqualTo("en-GB"));
            Assert.That(languages.DefaultAfterImport, Is.EqualTo("en-GB"));
            Assert.That(languages.Changes, Is.Empty);
            var missing = languages.Missing.Single();
            Assert.That(missing.IsoCode, Is.EqualTo(BuiltIns.InstalledLanguage));
            Assert.That(missing.DictionaryItems, Is.EqualTo(Package.Dictionary.Count()));
            Assert.That(missing.Domains, Is.EquivalentTo(Package.Domains.Select(d => d.Alias)));
        });
    }

    [TestCase("en-GB", true, "en-US", true, true, "en-US", TestName = "a shipped default language takes the default from another one")]
    [TestCase("en-US", true, "en-US", true, false, "en-US", TestName = "a shipped default that is already the site's default changes nothing")]
    [TestCase("en-US", true, "en-US", false, true, "en-US", TestName = "a shipped non-default file would take the flag off the site's default (Umbraco refuses)")]
    [TestCase("en-GB", true, "en-US", false, false, "en-GB", TestName = "a shipped non-default language the site lacks is only added")]
    public void A_shipped_language_file_is_judged_against_the_site_default(string siteLanguage, bool siteDefault, string ourLanguage, bool ourDefault, bool takesOver, string defaultAfter)
    {
        using var package = new SyntheticUsyncFolder();
        package.Language(ourLanguage, ourDefault);
        using var site = new SyntheticUsyncFolder();
        site.Language(siteLanguage, siteDefault);

        var report = SiteCheck.Run(UsyncFolderReader.Read(package.Root), UsyncFolderReader.Read(site.Root));

        Assert.That(report.Languages.Changes.Any(c => c.TakesOver), Is.EqualTo(takesOver));
        Assert.That(report.Languages.DefaultAfterImport, Is.EqualTo(defaultAfter));
        Assert.That(report.TakeoverCount, Is.EqualTo(takesOver ? 1 : 0));
    }

    [Test]
    public void A_site_folder_without_languages_says_they_are_unknown()
    {
        using var site = new SyntheticUsyncFolder();
        site.DocumentType("home", SiteKey, "Home");

        var languages = SiteCheck.Run(Package, UsyncFolderReader.Read(site.Root)).Languages;

        Assert.That(languages.SiteListsLanguages, Is.False);
        Assert.That(languages.Missing, Is.Empty);
    }

    [Test]
    public void A_built_in_data_type_the_site_lacks_is_named_with_the_properties_that_use_it()
    {
        using var site = new SyntheticUsyncFolder();
        site.DataType(new Guid("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3"), "Textarea", "Umbraco.TextArea", "Umb.PropertyEditorUi.TextArea");

        var dataTypes = SiteCheck.Run(Package, UsyncFolderReader.Read(site.Root)).DataTypes;

        var textstring = dataTypes.Missing.Single(m => m.Key == Textstring);
        Assert.That(dataTypes.SiteHasDataTypes, Is.True);
        Assert.That(textstring.Name, Is.EqualTo("Textstring"));
        Assert.That(textstring.Editor, Is.EqualTo("Umbraco.TextBox"));
        Assert.That(textstring.UsedBy, Does.Contain($"{DocumentTypes.Citation.Alias}.{Props.Authors}"));
        Assert.That(dataTypes.Missing.Select(m => m.Key), Does.Not.Contain(new Guid("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3")));
    }

    [Test]
    public void A_site_folder_without_data_types_says_they_cannot_be_checked()
    {
        using var site = new SyntheticUsyncFolder();
        site.Language("en-US", isDefault: true);

        var dataTypes = SiteCheck.Run(Package, UsyncFolderReader.Read(site.Root)).DataTypes;

        Assert.That(dataTypes.SiteHasDataTypes, Is.False);
        Assert.That(dataTypes.Needed, Is.GreaterThan(0));
        Assert.That(dataTypes.Missing, Is.Empty);
    }

    [Test]
    public void Files_the_site_already_has_are_listed_as_skipped_by_the_build_identical_or_not()
    {
        var ours = Package.DataTypes.First().Source!.File;
        var theirs = Package.Dictionary.First().Source!.File;
        using var site = new SyntheticUsyncFolder();
        site.File(ours, File.ReadAllBytes(Path.Combine(Package.Root, ours)))
            .File(theirs, File.ReadAllBytes(Path.Combine(Package.Root, theirs)).Append((byte)'\n').ToArray());

        var skipped = SiteCheck.Run(Package, UsyncFolderReader.Read(site.Root)).SkippedFiles.Where(f => f.File != UsyncFolderReader.MarkerFile);

        Assert.That(skipped, Is.EquivalentTo(new[] { new SkippedFile(ours, Identical: true), new SkippedFile(theirs, Identical: false) }));
    }
}
