using ClinicKit.Content.Usync.Items;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;
using Umbraco.Extensions;

namespace ClinicKit.Content.Usync;

/// <summary>The file name uSync gives an item, using Umbraco's own <see cref="DefaultShortStringHelper"/> exactly as uSync's handlers do.</summary>
public static class UsyncFileNames
{
    public const string Extension = ".config";

    private static readonly IShortStringHelper Helper =
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    /// <summary>The relative path (forward slashes) uSync writes the item to in its flat layout, before any clash suffix.</summary>
    public static string PathOf(UsyncItem item) => $"{UsyncItemKinds.FolderOf(FolderKind(item))}/{BaseName(item)}{Extension}";

    /// <summary>The clash-free name uSync uses when another item already has <see cref="PathOf"/>: the base name, '_' and the key's first eight base-32 characters.</summary>
    public static string ClashPathOf(UsyncItem item) =>
        $"{UsyncItemKinds.FolderOf(FolderKind(item))}/{BaseName(item)}_{GuidUtils.ToBase32String(item.Key, 8)}{Extension}";

    /// <summary>The file name without folder or extension (SyncHandlerRoot.GetItemFileName and each handler's override).</summary>
    /// <remarks>An Empty action file is named as the item it replaces would be, from its alias.</remarks>
    public static string BaseName(UsyncItem item) => item switch
    {
        Language language => (language.IsoCode ?? item.Alias).ToSafeFileName(Helper),
        Domain domain => $"{domain.Alias.ToSafeFileName(Helper)}_{domain.Language?.ToSafeFileName(Helper)}",
        ContentNode node => (node.Name ?? node.Alias).ToSafeFileName(Helper),
        _ when FolderKind(item) is UsyncItemKind.DataType or UsyncItemKind.RelationType => item.Alias.ToSafeAlias(Helper),
        _ => item.Alias.ToSafeFileName(Helper),
    };

    /// <summary>Umbraco's safe alias for a name, as the backoffice would make it (used for content paths and new aliases).</summary>
    public static string SafeAlias(string name) => name.ToSafeAlias(Helper);

    /// <summary>Umbraco's URL segment for a node name.</summary>
    public static string UrlSegment(string name) => name.ToUrlSegment(Helper);

    /// <summary>An Empty action file lives in the folder of the kind it deletes; the reader records that kind from the folder.</summary>
    private static UsyncItemKind FolderKind(UsyncItem item) =>
        item is EmptyItem && item.Source is { } source && UsyncFolderReader.KindOf(source.File) is { } kind ? kind : item.Kind;
}
