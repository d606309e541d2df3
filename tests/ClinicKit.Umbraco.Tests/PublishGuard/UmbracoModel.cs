using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

using Content = global::Umbraco.Cms.Core.Models.Content;

/// <summary>Umbraco's real model objects (ContentType, PropertyType, Content), built from ClinicKit's shipped uSync files as a site would hold them after the import.</summary>
internal sealed class UmbracoModel
{
    private static readonly Lazy<UsyncFolder> LazyShipped = new(() => UsyncFolderReader.Read(Paths.ShippedUsync));
    private static readonly PropertyEditorCollection NoEditors = new(new DataEditorCollection(() => []));
    private readonly Dictionary<string, ContentType> _types = [];

    public static UsyncFolder Shipped => LazyShipped.Value;

    public IShortStringHelper ShortStringHelper { get; } =
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    /// <summary>A shipped document type, with its compositions, as Umbraco's <see cref="ContentType"/>.</summary>
    public ContentType Type(string alias)
    {
        if (_types.TryGetValue(alias, out var existing))
        {
            return existing;
        }

        var item = Shipped.ContentTypes.Single(c => c.Alias == alias);
        var type = new ContentType(ShortStringHelper, -1) { Alias = item.Alias, Name = item.Name, Key = item.Key, IsElement = item.IsElement };
        foreach (var composition in item.Compositions)
        {
            Assert.That(type.AddContentType(Type(composition.Alias)), Is.True, $"{alias} composes {composition.Alias}");
        }

        foreach (var property in item.Properties)
        {
            AddProperty(type, property.Alias, property.Type!, property.TabAlias ?? "content", property.TabCaption ?? "Content");
        }

        _types[alias] = type;
        return type;
    }

    /// <summary>A document type that is not ClinicKit's, for the "never touched" cases.</summary>
    public ContentType OtherType(string alias, params (string Alias, string Editor)[] properties)
    {
        var type = new ContentType(ShortStringHelper, -1) { Alias = alias, Name = alias, Key = Guid.NewGuid() };
        foreach (var (propertyAlias, editor) in properties)
        {
            AddProperty(type, propertyAlias, editor, "content", "Content");
        }

        return type;
    }

    public Content Create(string name, string typeAlias, Guid? key = null) => new(name, -1, Type(typeAlias)) { Key = key ?? Guid.NewGuid() };

    /// <summary>A content node as a saved, unpublished document with the node's values: what uSync's ContentSerializer has built before it publishes.</summary>
    public Content Draft(ContentNode node)
    {
        var content = Create(node.Name ?? node.Alias, node.ContentType!, node.Key);
        foreach (var property in node.Properties)
        {
            if (content.HasProperty(property.Alias) && property.Invariant is { Length: > 0 } value)
            {
                content.SetValue(property.Alias, value);
            }
        }

        return content;
    }

    /// <summary>A shipped content node as a document: its values, and published or trashed as shipped.</summary>
    public Content FromShipped(ContentNode node)
    {
        var content = Draft(node);
        if (node.Published)
        {
            Publish(content);
        }

        content.Trashed = node.Trashed;
        return content;
    }

    public Content FromShipped(string contentTypeAlias, string name) =>
        FromShipped(Shipped.Content.Single(n => n.ContentType == contentTypeAlias && n.Name == name));

    /// <summary>Publishes the current values the way Umbraco's content service does before it saves: values copied to the published slot, state Published.</summary>
    public static void Publish(Content content)
    {
        content.PublishCulture(CultureImpact.Invariant!, DateTime.Now, NoEditors);
        content.Published = true;
    }

    private void AddProperty(ContentType type, string alias, string editorAlias, string groupAlias, string groupName)
    {
        var storage = editorAlias switch
        {
            "Umbraco.DateTime" => ValueStorageType.Date,
            "Umbraco.Integer" or "Umbraco.TrueFalse" => ValueStorageType.Integer,
            "Umbraco.TextBox" => ValueStorageType.Nvarchar,
            _ => ValueStorageType.Ntext,
        };
        var propertyType = new PropertyType(ShortStringHelper, editorAlias, storage, alias) { Name = alias };
        Assert.That(type.AddPropertyType(propertyType, groupAlias, groupName), Is.True, $"{type.Alias}.{alias}");
    }
}
