using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

internal sealed class TemplateSerializer : ItemSerializer<Template>
{
    protected override Template Create(UsyncItemKind kind) => new();

    protected override void ReadBody(XElement root, Template item)
    {
        item.Name = root.TextOf("Name");
        item.Parent = root.TextOf("Parent");
        item.Contents = root.TextOf("Contents");
    }

    protected override void WriteBody(Template item, XElement root)
    {
        root.Add(XmlNodes.TextElement("Name", item.Name), XmlNodes.TextElement("Parent", item.Parent));
        if (item.Contents is not null)
        {
            root.Add(XmlNodes.CDataElement("Contents", item.Contents));
        }
    }
}
