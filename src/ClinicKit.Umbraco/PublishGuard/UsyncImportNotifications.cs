using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace ClinicKit.Umbraco.PublishGuard;

/// <summary>
/// Hooks <see cref="ImportWindow"/> to uSync's own notifications around an import, found by name: ClinicKit does not
/// reference uSync, so a site can run any uSync 17 (or none; then the guard checks every publish in full).
/// </summary>
/// <remarks>
/// uSync raises both for every full import: on first boot (<c>uSync.BackOffice/Boot/FirstBootMigration.cs</c> calls
/// <c>ISyncService.StartupImportAsync</c>, whose <c>Do_ImportAsync</c> in <c>Services/SyncService.cs</c> fires starting
/// before the first handler and completed after the post-import step) and from the dashboard
/// (<c>Services/SyncActionService.cs</c> <c>StartProcessAsync</c>/<c>FinishProcessAsync</c>, through
/// <c>SyncService_Handlers.cs</c> <c>StartBulkProcessAsync</c>/<c>FinishBulkProcessAsync</c>). They go through Umbraco's
/// <see cref="IEventAggregator"/> (<c>Services/SyncEventService.cs</c>), which resolves <c>INotificationHandler&lt;T&gt;</c>
/// for the notification's runtime type; so the handlers are registered here for that type, as Umbraco's own
/// <c>AddNotificationHandler</c> registers one (transient, service type <c>INotificationHandler&lt;T&gt;</c>).
/// </remarks>
internal static class UsyncImportNotifications
{
    /// <summary>uSync.BackOffice/Notifications/uSyncNotifications/uSyncImportStartingNotification.cs.</summary>
    public const string StartingTypeName = "uSync.BackOffice.uSyncImportStartingNotification";

    /// <summary>uSync.BackOffice/Notifications/uSyncNotifications/uSyncImportCompletedNotification.cs.</summary>
    public const string CompletedTypeName = "uSync.BackOffice.uSyncImportCompletedNotification";

    /// <summary>
    /// Registers the window's handlers when both notification types are found among <paramref name="assemblies"/>.
    /// Umbraco has loaded every assembly with a composer (uSync.BackOffice has <c>uSyncBackOfficeComposer</c>) before it
    /// runs any composer, so the site's loaded assemblies are the ones to search.
    /// </summary>
    /// <returns>The notification types found: both, or none.</returns>
    public static IReadOnlyList<Type> AddHandlers(IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        var list = assemblies.ToList();
        var starting = Find(list, StartingTypeName);
        var completed = Find(list, CompletedTypeName);
        if (starting is null || completed is null)
        {
            return [];
        }

        Add(services, starting, typeof(UsyncImportStartingHandler<>));
        Add(services, completed, typeof(UsyncImportCompletedHandler<>));
        return [starting, completed];
    }

    private static Type? Find(IEnumerable<Assembly> assemblies, string fullName) =>
        assemblies
            .Where(a => !a.IsDynamic)
            .Select(a => a.GetType(fullName, throwOnError: false))
            .FirstOrDefault(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(INotification).IsAssignableFrom(t));

    private static void Add(IServiceCollection services, Type notification, Type handler)
    {
        var descriptor = new ServiceDescriptor(
            typeof(INotificationHandler<>).MakeGenericType(notification),
            handler.MakeGenericType(notification),
            ServiceLifetime.Transient);
        services.Add(descriptor);
    }
}

/// <summary>uSync is starting an import: open the window.</summary>
internal sealed class UsyncImportStartingHandler<TNotification>(ImportWindow window) : INotificationHandler<TNotification>
    where TNotification : INotification
{
    public void Handle(TNotification notification) => window.Open();
}

/// <summary>uSync completed an import: close the window and re-check what it published.</summary>
internal sealed class UsyncImportCompletedHandler<TNotification>(ImportWindow window) : INotificationHandler<TNotification>
    where TNotification : INotification
{
    public void Handle(TNotification notification) => window.Complete();
}
