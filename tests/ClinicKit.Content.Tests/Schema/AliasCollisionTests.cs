using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Tests.Schema;

/// <summary>
/// uSync finds an existing item by key and, when no item has that key, by alias (uSync.Core/Serialization/SyncSerializerRoot.cs,
/// FindItem), so an alias of ours that a site already uses would take that site's item over. These tests hold every alias
/// ClinicKit ships to its prefix and check it against the real exports we have.
/// </summary>
public sealed class AliasCollisionTests
{
    private static readonly UsyncFolder Shipped = UsyncFolderReader.Read(Paths.ShippedUsync);

    [Test]
    public void Every_shipped_document_element_composition_and_media_type_alias_carries_the_ClinicKit_prefix()
    {
        Assert.That(Shipped.MediaTypes, Is.Not.Empty);
        var unprefixed = Shipped.ContentTypes.Concat(Shipped.MediaTypes).Select(t => t.Alias).Concat(DocumentTypes.All.Select(t => t.Alias))
            .Where(a => !a.StartsWith("clinicKit", StringComparison.Ordinal));
        Assert.That(Shipped.ContentTypes, Is.Not.Empty);
        Assert.That(unprefixed, Is.Empty);
    }

    [Test]
    public void Every_shipped_data_type_and_dictionary_item_is_named_for_ClinicKit()
    {
        var items = Shipped.DataTypes.Cast<UsyncItem>().Concat(Shipped.Items.OfType<DictionaryItem>()).ToList();
        Assert.That(items, Is.Not.Empty);
        Assert.That(items.Where(i => !i.Alias.StartsWith("ClinicKit", StringComparison.Ordinal)).Select(i => i.Alias), Is.Empty);
    }

    [TestCaseSource(typeof(Paths), nameof(Paths.FixtureNames))]
    public void No_alias_of_ours_is_already_used_by_a_real_export(string fixture)
    {
        var site = UsyncFolderReader.Read(Paths.Fixture(fixture));
        var theirs = site.Items.Where(Matchable).Select(i => (i.Kind, Alias: i.Alias.ToLowerInvariant())).ToHashSet();
        var taken = Shipped.Items.Where(Matchable).Where(i => theirs.Contains((i.Kind, i.Alias.ToLowerInvariant())))
            .Select(i => $"{i.Kind} {i.Alias}");
        Assert.That(theirs, Is.Not.Empty);
        Assert.That(taken, Is.Empty);
    }

    // Languages are matched by ISO code on purpose (a site and ClinicKit share en-US), and domains by host name.
    private static bool Matchable(UsyncItem item) => item is not Language and not Domain;
}
