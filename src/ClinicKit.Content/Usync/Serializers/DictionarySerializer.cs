using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

internal sealed class DictionarySerializer : ItemSerializer<DictionaryItem>
{
    protected override DictionaryItem Create(UsyncItemKind kind) => new();

    protected override void ReadBody(XElement root, DictionaryItem item)
    {
        item.Parent = root.Required("Info").TextOf("Parent");
        item.Translations = root.Required("Translations").Elements("Translation")
            .Select(t => new Translation(t.RequiredAttribute("Language"), t.Value))
            .ToList();
    }

    protected override void WriteBody(DictionaryItem item, XElement root)
    {
        var info = new XElement("Info");
        if (item.Parent is not null)
        {
            info.Add(new XElement("Parent", item.Parent));
        }

        root.Add(
            info,
            new XElement("Translations", item.Translations.Select(t => new XElement("Translation", new XAttribute("Language", t.Language), t.Text))));
    }
}
