using ClinicKit.Content.Usync;

namespace ClinicKit.Content.Tests.Usync;

public sealed class CanonicalFormTests
{
    [Test]
    public void In_the_real_exports_only_the_file_a_person_edited_is_not_in_uSyncs_canonical_form()
    {
        var notCanonical = Paths.FixtureNames
            .SelectMany(f => UsyncFolderReader.Read(Paths.Fixture(f)).Items.Select(i => (Fixture: f, Item: i, Path: Path.Combine(Paths.Fixture(f), i.Source!.File))))
            .Where(x => !File.ReadAllBytes(x.Path).AsSpan().SequenceEqual(UsyncCanonicalForm.Bytes(x.Item)))
            .Select(x => $"{x.Fixture}/{x.Item.Source!.File}")
            .ToList();

        Assert.That(notCanonical, Is.EqualTo(new[] { "clean-starter-kit/ContentTypes/articlelist.config" }));
    }
}
