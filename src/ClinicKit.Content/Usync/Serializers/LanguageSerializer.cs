using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

internal sealed class LanguageSerializer : ItemSerializer<Language>
{
    protected override Language Create(UsyncItemKind kind) => new();

    protected override void ReadBody(XElement root, Language item)
    {
        item.Name = root.TextOf("Name");
        item.IsoCode = root.TextOf("IsoCode");
        item.IsMandatory = root.RequiredBool("IsMandatory");
        item.IsDefault = root.RequiredBool("IsDefault");
        item.Fallback = root.TextOf("Fallback");
    }

    protected override void WriteBody(Language item, XElement root)
    {
        root.Add(
            XmlNodes.TextElement("Name", item.Name),
            XmlNodes.TextElement("IsoCode", item.IsoCode),
            XmlNodes.LowerBool("IsMandatory", item.IsMandatory),
            XmlNodes.LowerBool("IsDefault", item.IsDefault));
        if (item.Fallback is not null)
        {
            root.Add(new XElement("Fallback", item.Fallback));
        }
    }
}
