using Umbraco.Cms.Core.Notifications;

// Stand-ins for uSync.BackOffice's import notifications: the same full names and base classes as in uSync (KevinJump/uSync,
// namespace uSync.BackOffice), so ClinicKit finds them by name exactly as it finds uSync's own. uSync.BackOffice cannot be
// restored here. uSync's Actions are uSyncAction values; nothing here reads them.
#pragma warning disable IDE1006 // uSync's own class names start with a lower-case letter.
namespace uSync.BackOffice;

/// <summary>uSync.BackOffice/Notifications/uSyncNotifications/uSyncBulkNotification.cs.</summary>
public class uSyncBulkNotification(IEnumerable<object> actions) : INotification
{
    public IEnumerable<object> Actions { get; set; } = actions;
}

/// <summary>uSync.BackOffice/Notifications/uSyncNotifications/CancelableuSyncBulkNotification.cs.</summary>
public class CancelableuSyncBulkNotification() : uSyncBulkNotification([]), ICancelableNotification
{
    public bool Cancel { get; set; }
}

/// <summary>uSync.BackOffice/Notifications/uSyncNotifications/uSyncImportStartingNotification.cs.</summary>
public class uSyncImportStartingNotification : CancelableuSyncBulkNotification;

/// <summary>uSync.BackOffice/Notifications/uSyncNotifications/uSyncImportCompletedNotification.cs.</summary>
public class uSyncImportCompletedNotification(IEnumerable<object> actions) : uSyncBulkNotification(actions);
