using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

/// <summary>Content, media and blueprint nodes, following uSync's ContentSerializerBase and its subclasses.</summary>
internal sealed class ContentNodeSerializer : ItemSerializer<ContentNode>
{
    protected override ContentNode Create(UsyncItemKind kind) => new(kind);

    protected override void ReadBody(XElement root, ContentNode item)
    {
        var info = root.Required("Info");
        var parent = info.Required("Parent");
        item.ParentKey = parent.GuidAttribute("Key");
        item.ParentName = parent.Text();
        item.Path = info.TextOf("Path");
        var trashed = info.Required("Trashed");
        item.Trashed = info.RequiredBool("Trashed");
        item.TrashedParent = trashed.OptionalGuidAttribute("Parent");
        item.ContentType = info.TextOf("ContentType");
        item.CreateDate = info.TextOf("CreateDate");
        var nodeName = info.Required("NodeName");
        item.Name = nodeName.Attribute("Default")?.Value;
        item.CultureNames = nodeName.Elements("Name").Select(ReadCultureValue).ToList();
        if (info.Element("SortOrder") is not null)
        {
            item.SortOrder = info.RequiredInt("SortOrder");
        }

        if (info.Element("Published") is { } published)
        {
            item.Published = bool.TryParse(published.Attribute("Default")?.Value, out var isPublished) && isPublished;
            item.CulturePublished = published.Elements("Published").Select(ReadCultureValue).ToList();
        }

        item.Schedule = info.Element("Schedule")?.Elements("ContentSchedule")
            .Select(s => new ContentSchedule(s.TextOf("Culture"), s.Required("Action").Value, s.Required("Date").Value))
            .ToList() ?? [];
        if (info.Element("Template") is { } template)
        {
            item.Template = template.IsEmpty ? null : new KeyedAlias(template.GuidAttribute("Key"), template.Value);
        }

        if (info.Element("IsBlueprint") is not null)
        {
            item.IsBlueprint = info.RequiredBool("IsBlueprint");
        }

        item.Properties = root.Required("Properties").Elements().Select(ReadProperty).ToList();
    }

    protected override void WriteBody(ContentNode item, XElement root)
    {
        var trashed = XmlNodes.LowerBool("Trashed", item.Trashed);
        trashed.Add(XmlNodes.OptionalAttribute("Parent", item.TrashedParent));
        var info = new XElement(
            "Info",
            new XElement("Parent", new XAttribute("Key", item.ParentKey), item.ParentName ?? ""),
            XmlNodes.TextElement("Path", item.Path),
            trashed,
            XmlNodes.TextElement("ContentType", item.ContentType),
            XmlNodes.TextElement("CreateDate", item.CreateDate),
            new XElement(
                "NodeName",
                XmlNodes.OptionalAttribute("Default", item.Name),
                item.CultureNames.Select(n => new XElement("Name", new XAttribute("Culture", n.Culture), n.Value))));
        if (item.SortOrder is not null)
        {
            info.Add(new XElement("SortOrder", item.SortOrder));
        }

        if (item.IsDocument)
        {
            info.Add(
                new XElement(
                    "Published",
                    new XAttribute("Default", item.Published),
                    item.CulturePublished.Select(p => new XElement("Published", new XAttribute("Culture", p.Culture), p.Value))),
                new XElement("Schedule", item.Schedule.Select(s => new XElement(
                    "ContentSchedule",
                    XmlNodes.TextElement("Culture", s.Culture),
                    new XElement("Action", s.Action),
                    new XElement("Date", s.Date)))),
                item.Template is null
                    ? new XElement("Template")
                    : new XElement("Template", new XAttribute("Key", item.Template.Key), item.Template.Alias));
        }

        if (item.IsBlueprint is not null)
        {
            info.Add(XmlNodes.LowerBool("IsBlueprint", item.IsBlueprint.Value));
        }

        root.Add(info, new XElement("Properties", item.Properties.Select(WriteProperty)));
    }

    private static CultureValue ReadCultureValue(XElement e) => new(e.RequiredAttribute("Culture"), e.Value);

    private static PropertyValue ReadProperty(XElement e) => new()
    {
        Alias = e.Name.LocalName,
        Line = XmlNodes.LineOf(e),
        Values = e.Elements("Value")
            .Select(v => new StoredValue(v.Attribute("Culture")?.Value, v.Attribute("Segment")?.Value, v.Value))
            .ToList(),
    };

    private static XElement WriteProperty(PropertyValue property) => new(
        property.Alias,
        property.Values.Select(v => new XElement(
            "Value",
            XmlNodes.OptionalAttribute("Culture", v.Culture),
            XmlNodes.OptionalAttribute("Segment", v.Segment),
            new XCData(v.Text))));
}
