using ClinicKit.Content.Authoring;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Content.Tests.Usync;

/// <summary>
/// A domain's Root text as uSync writes it: uSync.Core/Serialization/Serializers/DomainSerializer.cs, SerializeCore adds
/// <c>new XElement("Root", GetItemPath(rootNode), new XAttribute("Key", rootNode.Key))</c>, and GetItemPath prepends each
/// ancestor's <c>GetItemPath</c> and appends <c>"/" + item.Name</c> (the entity's name, not a safe alias).
/// </summary>
public sealed class DomainRootPathTests
{
    [TestCase(new[] { "Riverglass Ketamine Care" }, "/Riverglass Ketamine Care", TestName = "a root node: slash and its name, spaces kept")]
    [TestCase(new[] { "Home", "Clinics", "Larkspur Mood Clinic" }, "/Home/Clinics/Larkspur Mood Clinic", TestName = "a nested node: every ancestor's name from the top")]
    [TestCase(new[] { "St. Mary's & Partners (Austin)" }, "/St. Mary's & Partners (Austin)", TestName = "punctuation stays: uSync writes the name, not ToSafeAlias")]
    public void The_path_is_the_node_names_from_the_top(string[] names, string expected)
    {
        var nodes = Chain(names);

        Assert.That(DomainRootPath.Of(nodes[^1], key => nodes.FirstOrDefault(n => n.Key == key)), Is.EqualTo(expected));
    }

    [Test]
    public void An_ancestor_that_cannot_be_found_ends_the_path_as_in_uSync()
    {
        var nodes = Chain(["Gone", "Clinic"]);

        Assert.That(DomainRootPath.Of(nodes[1], _ => null), Is.EqualTo("/Clinic"));
    }

    [Test]
    public void The_serializer_writes_the_path_as_the_Root_text_beside_the_Key()
    {
        var nodes = Chain(["Home", "Larkspur Mood Clinic"]);
        var domain = new Domain
        {
            Key = UsyncKeys.ForDomain("larkspur.test"),
            Alias = "larkspur.test",
            Language = "en-US",
            RootKey = nodes[1].Key,
            RootPath = DomainRootPath.Of(nodes[1], key => nodes.FirstOrDefault(n => n.Key == key)),
            SortOrder = 0,
        };

        var root = UsyncSerializers.ToXml(domain).Element("Info")!.Element("Root")!;

        Assert.That(root.Value, Is.EqualTo("/Home/Larkspur Mood Clinic"));
        Assert.That(root.Attribute("Key")!.Value, Is.EqualTo(nodes[1].Key.ToString()));
    }

    [Test]
    public void Every_shipped_domain_names_its_clinic_as_uSync_would()
    {
        var folder = UsyncFolderReader.Read(Paths.ShippedUsync);

        Assert.That(folder.Domains, Is.Not.Empty);
        Assert.That(folder.Domains.Select(d => (d.Alias, d.RootPath)), Is.EquivalentTo(folder.Domains.Select(d => (d.Alias, (string?)("/" + folder.ContentByKey(d.RootKey!.Value)!.Name)))));
    }

    private static List<ContentNode> Chain(IEnumerable<string> names)
    {
        var nodes = new List<ContentNode>();
        foreach (var name in names)
        {
            nodes.Add(ContentNodes.Create(DeterministicKeys.For("test", name), name, "page", nodes.LastOrDefault(), 0, published: true, new DateTime(2026, 1, 1)));
        }

        return nodes;
    }
}
