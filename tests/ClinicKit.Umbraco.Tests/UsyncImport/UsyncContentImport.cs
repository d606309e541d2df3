using ClinicKit.Content.Usync.Items;
using ClinicKit.Umbraco.Tests.PublishGuard;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using uSync.BackOffice;

namespace ClinicKit.Umbraco.Tests.UsyncImport;

/// <summary>Which of two files with the same level and sort order uSync reads first: the file system's order, so both are tried.</summary>
public enum TieOrder
{
    FileName,
    ReverseFileName,
}

/// <summary>What an import left: each item uSync tried to publish, and whether it is published once the import completed.</summary>
internal sealed record ImportResult(IReadOnlyList<ImportedItem> Items)
{
    public IEnumerable<ImportedItem> Refused => Items.Where(i => i.RefusedWith is not null);
}

/// <param name="RefusedWith">The messages of a cancelled publish (uSync reports the item as failed); null when it published.</param>
internal sealed record ImportedItem(ContentNode Node, bool PublishedAfterImport, IReadOnlyList<string>? RefusedWith);

/// <summary>
/// uSync's full import of a Content folder into a new site, as far as the publish guard can tell, read from uSync's source
/// (KevinJump/uSync):
/// <list type="number">
/// <item><c>uSync.BackOffice/Services/SyncService.cs</c>, <c>Do_ImportAsync</c>: <c>uSyncImportStartingNotification</c> before
/// the first handler, <c>uSyncImportCompletedNotification</c> after the last and the post-import step, both through Umbraco's
/// <see cref="IEventAggregator"/> (<c>Services/SyncEventService.cs</c>: <c>PublishCancelableAsync</c>, <c>PublishAsync</c>).</item>
/// <item>Order: every file of the folder in ONE list, by level * 1000 + sort order (<c>uSync.BackOffice/SyncHandlers/SyncHandlerLevelBase.cs</c>
/// <c>GetLevelOrderedFiles</c>: "will hopefully let us put things in sort order in one go"; from v15 <c>Services/SyncFileService.cs</c>
/// <c>GetFolderItems</c> computes the same number and <c>SyncHandlerLevelBase.GetMergedItemsAsync</c> orders by it). Equal numbers
/// keep the file system's order.</item>
/// <item>Each item: <c>uSync.Core/Serialization/Serializers/ContentSerializer.cs</c> sets the properties, then <c>DoSaveOrPublish</c>
/// saves it and, when <c>Info/Published</c> says so, publishes it at once; Umbraco's content service raises
/// <see cref="ContentPublishingNotification"/> through the scope's notification publisher, which calls
/// <c>IEventAggregator.PublishCancelable</c> (not suppressed: <c>uSyncSettings.DisableNotificationSuppression</c> is true by
/// default). A cancelled publish leaves the item saved and unpublished.</item>
/// </list>
/// </summary>
internal sealed class UsyncContentImport(SiteHost site, UmbracoModel model, ContentStore store)
{
    /// <param name="withNotifications">False: an import as a guard that cannot see uSync's notifications sees it.</param>
    public ImportResult Run(IEnumerable<ContentNode> folder, TieOrder ties, bool withNotifications = true)
    {
        if (withNotifications)
        {
            CancelableuSyncBulkNotification starting = new uSyncImportStartingNotification();
            site.Events.PublishCancelableAsync(starting).GetAwaiter().GetResult();
        }

        var attempts = new List<(ContentNode Node, IReadOnlyList<string>? Refused)>();
        foreach (var node in LevelOrder(folder, ties))
        {
            var content = store.Add(model.Draft(node));
            if (!node.Published || node.Trashed)
            {
                continue;
            }

            var publishing = new ContentPublishingNotification(content, new EventMessages());
            if (site.Events.PublishCancelable(publishing))
            {
                attempts.Add((node, publishing.Messages.GetAll().Select(m => m.Message).ToList()));
                continue;
            }

            UmbracoModel.Publish(content);
            attempts.Add((node, null));
        }

        if (withNotifications)
        {
            uSyncBulkNotification completed = new uSyncImportCompletedNotification([]);
            site.Events.PublishAsync(completed).GetAwaiter().GetResult();
        }

        return new ImportResult(attempts.Select(a => new ImportedItem(a.Node, store.Get(a.Node.Key).Published, a.Refused)).ToList());
    }

    public static IReadOnlyList<ContentNode> LevelOrder(IEnumerable<ContentNode> folder, TieOrder ties)
    {
        var files = ties == TieOrder.FileName
            ? folder.OrderBy(n => n.Source?.File, StringComparer.Ordinal)
            : folder.OrderByDescending(n => n.Source?.File, StringComparer.Ordinal);

        // OrderBy is stable, as uSync's is: equal numbers keep the order above.
        return files.OrderBy(n => ((n.Level ?? 0) * 1000) + (n.SortOrder ?? 0)).ToList();
    }
}
