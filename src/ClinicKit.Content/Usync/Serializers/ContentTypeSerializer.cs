using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

/// <summary>Document, media and member types, following uSync's ContentTypeBaseSerializer and its three subclasses.</summary>
internal sealed class ContentTypeSerializer : ItemSerializer<ContentTypeItem>
{
    protected override ContentTypeItem Create(UsyncItemKind kind) => new(kind);

    protected override void ReadBody(XElement root, ContentTypeItem item)
    {
        var info = root.Required("Info");
        item.Name = info.TextOf("Name");
        item.Icon = info.TextOf("Icon");
        item.Thumbnail = info.TextOf("Thumbnail");
        item.Description = info.TextOf("Description");
        item.AllowAtRoot = info.RequiredBool("AllowAtRoot");
        var listView = info.Required("ListView");
        item.ListView = XmlNodes.ParseGuid(listView.Value, listView, "ListView");
        item.Variations = info.Required("Variations").Value;
        item.IsElement = info.RequiredBool("IsElement");
        if (info.Element("HistoryCleanup") is { } history)
        {
            item.HistoryCleanup = new HistoryCleanup(
                history.RequiredBool("PreventCleanup"),
                history.TextOf("KeepAllVersionsNewerThanDays"),
                history.TextOf("KeepLatestVersionPerDayForDays"));
        }

        if (info.Element("Parent") is { } parent)
        {
            item.Parent = new KeyedAlias(parent.GuidAttribute("Key"), parent.Value);
        }

        item.Folder = info.TextOf("Folder");
        item.Compositions = info.Required("Compositions").Elements("Composition").Select(ReadKeyedAlias).ToList();
        item.DefaultTemplate = info.TextOf("DefaultTemplate");
        item.AllowedTemplates = info.Element("AllowedTemplates")?.Elements("Template").Select(ReadKeyedAlias).ToList() ?? [];
        item.Structure = root.Required("Structure").Elements()
            .Select(e => new AllowedChild(e.GuidAttribute("Key"), e.IntAttribute("SortOrder") ?? 0, e.Value))
            .ToList();
        item.Properties = root.Required("GenericProperties").Elements("GenericProperty").Select(ReadProperty).ToList();
        item.Tabs = root.Required("Tabs").Elements("Tab").Select(ReadTab).ToList();
    }

    protected override void WriteBody(ContentTypeItem item, XElement root)
    {
        var info = new XElement(
            "Info",
            XmlNodes.TextElement("Name", item.Name),
            XmlNodes.TextElement("Icon", item.Icon),
            XmlNodes.TextElement("Thumbnail", item.Thumbnail),
            XmlNodes.TextElement("Description", item.Description),
            XmlNodes.UpperBool("AllowAtRoot", item.AllowAtRoot),
            new XElement("ListView", item.ListView),
            new XElement("Variations", item.Variations),
            XmlNodes.LowerBool("IsElement", item.IsElement));
        if (item.HistoryCleanup is { } history)
        {
            info.Add(new XElement(
                "HistoryCleanup",
                XmlNodes.UpperBool("PreventCleanup", history.PreventCleanup),
                XmlNodes.TextElement("KeepAllVersionsNewerThanDays", history.KeepAllVersionsNewerThanDays),
                XmlNodes.TextElement("KeepLatestVersionPerDayForDays", history.KeepLatestVersionPerDayForDays)));
        }

        if (item.Parent is not null)
        {
            info.Add(WriteKeyedAlias("Parent", item.Parent));
        }
        else if (item.Folder is not null)
        {
            info.Add(new XElement("Folder", item.Folder));
        }

        info.Add(new XElement("Compositions", item.Compositions.Select(c => WriteKeyedAlias("Composition", c))));
        if (item.Kind == UsyncItemKind.ContentType)
        {
            info.Add(
                XmlNodes.TextElement("DefaultTemplate", item.DefaultTemplate),
                new XElement("AllowedTemplates", item.AllowedTemplates.Select(t => WriteKeyedAlias("Template", t))));
        }

        var structure = new XElement("Structure", item.Structure.Select(c => new XElement(
            UsyncItemKinds.ElementOf(item.Kind), new XAttribute("Key", c.Key), new XAttribute("SortOrder", c.SortOrder), c.Alias)));
        var properties = new XElement("GenericProperties", item.Properties.Select(p => WriteProperty(p, item.Kind)));
        var tabs = new XElement("Tabs", item.Tabs.Select(WriteTab));

        root.Add(info);
        if (item.Kind == UsyncItemKind.ContentType)
        {
            root.Add(structure, properties, tabs);
        }
        else
        {
            root.Add(properties, structure, tabs);
        }
    }

    private static KeyedAlias ReadKeyedAlias(XElement e) => new(e.GuidAttribute("Key"), e.Value);

    private static XElement WriteKeyedAlias(string name, KeyedAlias value) => new(name, new XAttribute("Key", value.Key), value.Alias);

    private static PropertyTypeItem ReadProperty(XElement e)
    {
        var tab = e.Required("Tab");
        var definition = e.Element("Definition");
        return new PropertyTypeItem
        {
            Key = XmlNodes.ParseGuid(e.Required("Key").Value, e, "Key"),
            Name = e.TextOf("Name"),
            Alias = e.Required("Alias").Value,
            Definition = definition is null ? null : XmlNodes.ParseGuid(definition.Value, definition, "Definition"),
            Type = e.TextOf("Type"),
            Mandatory = e.RequiredBool("Mandatory"),
            Validation = e.TextOf("Validation"),
            Description = e.TextOf("Description"),
            SortOrder = e.RequiredInt("SortOrder"),
            TabAlias = tab.Attribute("Alias")?.Value,
            TabCaption = tab.Text(),
            Variations = e.TextOf("Variations"),
            MemberAccess = e.Element("CanEdit") is null
                ? null
                : new MemberPropertyAccess(e.RequiredBool("CanEdit"), e.RequiredBool("CanView"), e.RequiredBool("IsSensitive")),
            MandatoryMessage = e.TextOf("MandatoryMessage"),
            ValidationRegExpMessage = e.TextOf("ValidationRegExpMessage"),
            LabelOnTop = e.RequiredBool("LabelOnTop"),
            Line = XmlNodes.LineOf(e),
        };
    }

    private static XElement WriteProperty(PropertyTypeItem p, UsyncItemKind kind)
    {
        var node = new XElement(
            "GenericProperty",
            new XElement("Key", p.Key),
            XmlNodes.TextElement("Name", p.Name),
            new XElement("Alias", p.Alias));
        if (p.Definition is not null)
        {
            node.Add(new XElement("Definition", p.Definition));
        }

        var tab = XmlNodes.TextElement("Tab", p.TabCaption);
        tab.Add(XmlNodes.OptionalAttribute("Alias", p.TabAlias));
        node.Add(
            XmlNodes.TextElement("Type", p.Type),
            XmlNodes.LowerBool("Mandatory", p.Mandatory),
            XmlNodes.TextElement("Validation", p.Validation),
            XmlNodes.CDataElement("Description", p.Description),
            new XElement("SortOrder", p.SortOrder),
            tab);
        if (kind == UsyncItemKind.ContentType && p.Variations is not null)
        {
            node.Add(new XElement("Variations", p.Variations));
        }

        if (p.MemberAccess is { } access)
        {
            node.Add(
                XmlNodes.LowerBool("CanEdit", access.CanEdit),
                XmlNodes.LowerBool("CanView", access.CanView),
                XmlNodes.LowerBool("IsSensitive", access.IsSensitive));
        }

        node.Add(
            XmlNodes.TextElement("MandatoryMessage", p.MandatoryMessage),
            XmlNodes.TextElement("ValidationRegExpMessage", p.ValidationRegExpMessage),
            XmlNodes.LowerBool("LabelOnTop", p.LabelOnTop));
        return node;
    }

    private static PropertyGroupItem ReadTab(XElement e) => new(
        XmlNodes.ParseGuid(e.Required("Key").Value, e, "Key"),
        e.TextOf("Caption"),
        e.Required("Alias").Value,
        e.TextOf("Type"),
        e.RequiredInt("SortOrder"));

    private static XElement WriteTab(PropertyGroupItem tab)
    {
        var node = new XElement("Tab", new XElement("Key", tab.Key), XmlNodes.TextElement("Caption", tab.Caption), new XElement("Alias", tab.Alias));
        if (tab.Type is not null)
        {
            node.Add(new XElement("Type", tab.Type));
        }

        node.Add(new XElement("SortOrder", tab.SortOrder));
        return node;
    }
}
