using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;
using Umbraco.Extensions;

namespace ClinicKit.Content.Tests.Usync;

public sealed class FileNameTests
{
    [TestCaseSource(typeof(Paths), nameof(Paths.FixtureNames))]
    public void Every_file_in_a_real_export_has_the_name_uSync_gives_its_item(string fixture)
    {
        var folder = UsyncFolderReader.Read(Paths.Fixture(fixture));
        var misnamed = folder.Items
            .Where(i => i.Source!.File != UsyncFileNames.PathOf(i) && i.Source.File != UsyncFileNames.ClashPathOf(i))
            .Select(i => $"{i.Source!.File} (expected {UsyncFileNames.PathOf(i)})")
            .ToList();

        Assert.That(misnamed, Is.Empty);
    }

    [TestCase("Feature - FAQs", "feature-faqs")]
    [TestCase("Join the Umbraco Community on Mastodon", "join-the-umbraco-community-on-mastodon")]
    public void Content_files_are_named_from_the_node_name(string name, string expected)
    {
        var node = new ContentNode(UsyncItemKind.Content) { Name = name, Alias = name };
        Assert.That(UsyncFileNames.BaseName(node), Is.EqualTo(expected));
    }

    [TestCase("Richtext editor", "RichtextEditor")]
    [TestCase("True/false", "Truefalse")]
    [TestCase("[BlockList] Main Content", "BlockListMainContent")]
    public void Data_type_files_are_named_from_the_safe_alias_of_the_name(string name, string expected) =>
        Assert.That(UsyncFileNames.BaseName(new DataType { Alias = name, Name = name }), Is.EqualTo(expected));

    [Test]
    public void Language_keys_are_uSyncs_hash_of_the_culture_name()
    {
        var language = UsyncFolderReader.Read(Paths.Fixture("merchello")).Languages.Single();
        Assert.That(language.Key, Is.EqualTo(UsyncKeys.ForLanguage("en-US")));
    }
}
