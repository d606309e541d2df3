using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace ClinicKit.Content.Usync.Serializers;

/// <summary>A uSync file that is well-formed XML but not in the shape uSync writes.</summary>
public sealed class UsyncFormatException(string message, int? line) : Exception(message)
{
    public int? Line { get; } = line;
}

/// <summary>Small readers and writers for the element shapes uSync uses.</summary>
/// <remarks>Text elements keep the difference between <c>&lt;X /&gt;</c> (read as null) and <c>&lt;X&gt;&lt;/X&gt;</c> (read as ""),
/// because uSync writes each on purpose and a round trip must give the same bytes.</remarks>
internal static class XmlNodes
{
    public static int? LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    public static XElement Required(this XElement parent, string name) =>
        parent.Element(name) ?? throw new UsyncFormatException($"<{parent.Name}> has no <{name}> element", LineOf(parent));

    public static string? Text(this XElement? element) => element is null || element.IsEmpty ? null : element.Value;

    public static string? TextOf(this XElement parent, string name) => parent.Element(name).Text();

    public static string RequiredAttribute(this XElement element, string name) =>
        element.Attribute(name)?.Value ?? throw new UsyncFormatException($"<{element.Name}> has no {name} attribute", LineOf(element));

    public static Guid GuidAttribute(this XElement element, string name) =>
        ParseGuid(element.RequiredAttribute(name), element, name);

    public static Guid? OptionalGuidAttribute(this XElement element, string name) =>
        element.Attribute(name) is { } a ? ParseGuid(a.Value, element, name) : null;

    public static Guid ParseGuid(string text, XElement element, string what) =>
        Guid.TryParse(text, out var guid)
            ? guid
            : throw new UsyncFormatException($"<{element.Name}> {what} '{text}' is not a GUID", LineOf(element));

    public static int? IntAttribute(this XElement element, string name) =>
        element.Attribute(name) is { } a ? ParseInt(a.Value, element, name) : null;

    public static int ParseInt(string? text, XElement element, string what) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsyncFormatException($"<{element.Name}> {what} '{text}' is not a whole number", LineOf(element));

    public static int RequiredInt(this XElement parent, string name)
    {
        var element = parent.Required(name);
        return ParseInt(element.Value, element, name);
    }

    public static bool RequiredBool(this XElement parent, string name)
    {
        var element = parent.Required(name);
        return bool.TryParse(element.Value, out var value)
            ? value
            : throw new UsyncFormatException($"<{name}> '{element.Value}' is not true or false", LineOf(element));
    }

    public static XElement TextElement(string name, string? text) => text is null ? new XElement(name) : new XElement(name, text);

    public static XElement CDataElement(string name, string? text) => text is null ? new XElement(name) : new XElement(name, new XCData(text));

    /// <summary>Writes a bool as <c>true</c>/<c>false</c>, as <c>new XElement(name, bool)</c> does in uSync.</summary>
    public static XElement LowerBool(string name, bool value) => new(name, value);

    /// <summary>Writes a bool as <c>True</c>/<c>False</c>, where uSync calls <c>bool.ToString()</c>.</summary>
    public static XElement UpperBool(string name, bool value) => new(name, value.ToString());

    public static XAttribute? OptionalAttribute(string name, object? value) => value is null ? null : new XAttribute(name, value);
}
