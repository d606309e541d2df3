using System.Xml.Linq;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync.Serializers;

/// <summary>Picks the serializer for a root element and turns items into uSync's bytes and back.</summary>
public static class UsyncSerializers
{
    private static readonly EmptySerializer Empty = new();
    private static readonly ContentTypeSerializer ContentTypes = new();
    private static readonly ContentNodeSerializer ContentNodes = new();

    private static IItemSerializer? For(UsyncItemKind kind) => kind switch
    {
        UsyncItemKind.Language => new LanguageSerializer(),
        UsyncItemKind.Dictionary => new DictionarySerializer(),
        UsyncItemKind.DataType => new DataTypeSerializer(),
        UsyncItemKind.Template => new TemplateSerializer(),
        UsyncItemKind.ContentType or UsyncItemKind.MediaType or UsyncItemKind.MemberType => ContentTypes,
        UsyncItemKind.Content or UsyncItemKind.Media or UsyncItemKind.Blueprint => ContentNodes,
        UsyncItemKind.Domain => new DomainSerializer(),
        UsyncItemKind.RelationType => new RelationTypeSerializer(),
        UsyncItemKind.Empty => Empty,
        _ => null,
    };

    /// <summary>Reads a root element found in <paramref name="folderKind"/>'s folder.</summary>
    /// <exception cref="UsyncFormatException">The element is not one uSync writes in that folder, or is missing a part.</exception>
    public static UsyncItem Read(XElement root, UsyncItemKind folderKind)
    {
        var name = root.Name.LocalName;
        if (name == "Empty")
        {
            return Empty.Read(root, UsyncItemKind.Empty);
        }

        var expected = UsyncItemKinds.ElementOf(folderKind);
        if (name != expected)
        {
            throw new UsyncFormatException($"the root element is <{name}>, but files in {UsyncItemKinds.FolderOf(folderKind)}/ hold <{expected}>", XmlNodes.LineOf(root));
        }

        var serializer = For(folderKind)
            ?? throw new UsyncFormatException($"ClinicKit does not read {UsyncItemKinds.FolderOf(folderKind)}/ files", XmlNodes.LineOf(root));
        return serializer.Read(root, folderKind);
    }

    public static XElement ToXml(UsyncItem item) =>
        (For(item.Kind) ?? throw new NotSupportedException($"ClinicKit does not write {item.Kind} items")).Write(item);

    /// <summary>The file's bytes, keeping the item's trivia (so an untouched file comes back unchanged).</summary>
    public static byte[] ToBytes(UsyncItem item) => UsyncXml.Write(ToXml(item), item.Trivia);

    /// <summary>The file's bytes as uSync itself would write them.</summary>
    public static byte[] ToCanonicalBytes(UsyncItem item) => UsyncXml.Write(ToXml(item), FileTrivia.Canonical);
}
