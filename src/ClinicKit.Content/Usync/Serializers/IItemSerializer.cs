using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

/// <summary>Turns one kind of uSync root element into its typed item and back, in uSync's element order.</summary>
internal interface IItemSerializer
{
    UsyncItem Read(XElement root, UsyncItemKind kind);

    XElement Write(UsyncItem item);
}

internal abstract class ItemSerializer<T> : IItemSerializer where T : UsyncItem
{
    public UsyncItem Read(XElement root, UsyncItemKind kind)
    {
        var item = Create(kind);
        item.Key = root.GuidAttribute("Key");
        item.Alias = root.RequiredAttribute("Alias");
        item.Level = root.IntAttribute("Level");
        ReadBody(root, item);
        return item;
    }

    public XElement Write(UsyncItem item)
    {
        var typed = (T)item;
        var root = new XElement(
            UsyncItemKinds.ElementOf(item.Kind),
            new XAttribute("Key", item.Key),
            new XAttribute("Alias", item.Alias),
            XmlNodes.OptionalAttribute("Level", item.Level));
        WriteBody(typed, root);
        return root;
    }

    protected abstract T Create(UsyncItemKind kind);

    protected abstract void ReadBody(XElement root, T item);

    protected abstract void WriteBody(T item, XElement root);
}
