using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

internal sealed class DomainSerializer : ItemSerializer<Domain>
{
    protected override Domain Create(UsyncItemKind kind) => new();

    protected override void ReadBody(XElement root, Domain item)
    {
        var info = root.Required("Info");
        item.IsWildcard = info.RequiredBool("IsWildcard");
        item.Language = info.TextOf("Language");
        if (info.Element("Root") is { } rootNode)
        {
            item.RootKey = rootNode.OptionalGuidAttribute("Key");
            item.RootPath = rootNode.Text();
        }

        if (info.Element("SortOrder") is not null)
        {
            item.SortOrder = info.RequiredInt("SortOrder");
        }
    }

    protected override void WriteBody(Domain item, XElement root)
    {
        var info = new XElement("Info", XmlNodes.LowerBool("IsWildcard", item.IsWildcard), XmlNodes.TextElement("Language", item.Language));
        if (item.RootKey is not null || item.RootPath is not null)
        {
            var rootNode = XmlNodes.TextElement("Root", item.RootPath);
            rootNode.Add(XmlNodes.OptionalAttribute("Key", item.RootKey));
            info.Add(rootNode);
        }

        if (item.SortOrder is not null)
        {
            info.Add(new XElement("SortOrder", item.SortOrder));
        }

        root.Add(info);
    }
}
