using ClinicKit.Content.Authoring;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Tests.Shared;

/// <summary>A small uSync folder built item by item in a temporary directory (a site's export, or a package), written in uSync's form; deleted afterwards.</summary>
public sealed class SyntheticUsyncFolder : IDisposable
{
    public SyntheticUsyncFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "clinickit-site-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        UsyncWrites.Marker(Root);
    }

    public string Root { get; }

    public SyntheticUsyncFolder Language(string isoCode, bool isDefault, bool isMandatory = false) => Add(new Language
    {
        Key = UsyncKeys.ForLanguage(isoCode),
        Alias = isoCode,
        Level = 0,
        Name = isoCode,
        IsoCode = isoCode,
        IsMandatory = isMandatory,
        IsDefault = isDefault,
    });

    public SyntheticUsyncFolder DocumentType(string alias, Guid key, string name, params (string Alias, Guid DataType, string Editor)[] properties) =>
        Add(new ContentTypeItem(UsyncItemKind.ContentType)
        {
            Key = key,
            Alias = alias,
            Level = 1,
            Name = name,
            Icon = "icon-document",
            Thumbnail = "folder.png",
            Description = "",
            HistoryCleanup = new HistoryCleanup(false, null, null),
            DefaultTemplate = "",
            Properties = properties.Select((p, i) => new PropertyTypeItem
            {
                Key = DeterministicKeys.For("synthetic", alias, p.Alias),
                Name = p.Alias,
                Alias = p.Alias,
                Definition = p.DataType,
                Type = p.Editor,
                SortOrder = i,
                Variations = "Nothing",
            }).ToList(),
        });

    public SyntheticUsyncFolder DataType(Guid key, string name, string editor, string editorUi) =>
        Add(new DataType { Key = key, Alias = name, Level = 1, Name = name, EditorAlias = editor, EditorUiAlias = editorUi });

    public SyntheticUsyncFolder DictionaryItem(string itemKey, Guid key, string language, string text) =>
        Add(new DictionaryItem { Key = key, Alias = itemKey, Level = 0, Translations = [new Translation(language, text)] });

    /// <summary>A published node at the root, or under <paramref name="parent"/> (a node added before).</summary>
    public SyntheticUsyncFolder Node(Guid key, string name, string contentType, Guid? parent = null)
    {
        var parentNode = parent is { } p ? UsyncFolderReader.Read(Root).ContentByKey(p) : null;
        return Add(ContentNodes.Create(key, name, contentType, parentNode, 0, published: true, new DateTime(2026, 1, 1)));
    }

    public SyntheticUsyncFolder Domain(string name, Guid root, string rootPath, string language = "en-US") => Add(new Domain
    {
        Key = UsyncKeys.ForDomain(name),
        Alias = name,
        Language = language,
        RootKey = root,
        RootPath = rootPath,
        SortOrder = 0,
    });

    public SyntheticUsyncFolder File(string relative, byte[] bytes)
    {
        UsyncWrites.Bytes(Root, relative, bytes);
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private SyntheticUsyncFolder Add(UsyncItem item)
    {
        UsyncWrites.Item(Root, item);
        return this;
    }
}
