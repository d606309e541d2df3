using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

internal sealed class DataTypeSerializer : ItemSerializer<DataType>
{
    protected override DataType Create(UsyncItemKind kind) => new();

    protected override void ReadBody(XElement root, DataType item)
    {
        var info = root.Required("Info");
        item.Name = info.TextOf("Name");
        item.EditorAlias = info.TextOf("EditorAlias");
        item.EditorUiAlias = info.TextOf("EditorUIAlias");
        item.Folder = info.TextOf("Folder");
        item.Config = root.Required("Config").Value;
    }

    protected override void WriteBody(DataType item, XElement root)
    {
        var info = new XElement("Info", XmlNodes.TextElement("Name", item.Name), XmlNodes.TextElement("EditorAlias", item.EditorAlias));
        if (item.EditorUiAlias is not null)
        {
            info.Add(new XElement("EditorUIAlias", item.EditorUiAlias));
        }

        if (item.Folder is not null)
        {
            info.Add(new XElement("Folder", item.Folder));
        }

        root.Add(info, XmlNodes.CDataElement("Config", item.Config));
    }
}
