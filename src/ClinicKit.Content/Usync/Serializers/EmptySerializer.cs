using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

/// <summary>uSync's delete and rename actions: attributes only, with <c>Change</c> before <c>Level</c>.</summary>
internal sealed class EmptySerializer : IItemSerializer
{
    public UsyncItem Read(XElement root, UsyncItemKind kind) => new EmptyItem
    {
        Key = root.GuidAttribute("Key"),
        Alias = root.RequiredAttribute("Alias"),
        Change = root.RequiredAttribute("Change"),
        Level = root.IntAttribute("Level"),
    };

    public XElement Write(UsyncItem item) => new(
        "Empty",
        new XAttribute("Key", item.Key),
        new XAttribute("Alias", item.Alias),
        new XAttribute("Change", ((EmptyItem)item).Change),
        XmlNodes.OptionalAttribute("Level", item.Level));
}
