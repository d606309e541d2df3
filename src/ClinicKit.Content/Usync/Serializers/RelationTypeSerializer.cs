using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

internal sealed class RelationTypeSerializer : ItemSerializer<RelationType>
{
    protected override RelationType Create(UsyncItemKind kind) => new();

    protected override void ReadBody(XElement root, RelationType item)
    {
        var info = root.Required("Info");
        item.Name = info.TextOf("Name");
        item.ParentType = info.TextOf("ParentType");
        item.ChildType = info.TextOf("ChildType");
        item.Bidirectional = info.RequiredBool("Bidirectional");
        item.IsDependency = info.RequiredBool("IsDependency");
    }

    protected override void WriteBody(RelationType item, XElement root)
    {
        root.Add(new XElement(
            "Info",
            XmlNodes.TextElement("Name", item.Name),
            XmlNodes.TextElement("ParentType", item.ParentType),
            XmlNodes.TextElement("ChildType", item.ChildType),
            XmlNodes.LowerBool("Bidirectional", item.Bidirectional),
            XmlNodes.LowerBool("IsDependency", item.IsDependency)));
    }
}
