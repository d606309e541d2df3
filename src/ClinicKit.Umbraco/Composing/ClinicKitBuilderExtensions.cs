using ClinicKit.Umbraco.PublishGuard;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace ClinicKit.Umbraco.Composing;

public static class ClinicKitBuilderExtensions
{
    /// <summary>Registers ClinicKit with Umbraco. <see cref="ClinicKitComposer"/> calls it; calling it again (from a site's own composer or Program.cs) changes nothing.</summary>
    public static IUmbracoBuilder AddClinicKit(this IUmbracoBuilder builder)
    {
        // Registered once: the composer and a site's own call may both run, and the guard must not report every finding twice.
        if (builder.Services.Any(d => d.ServiceType == typeof(ClinicKitRegistered)))
        {
            return builder;
        }

        // The marker that makes this method idempotent.
        builder.Services.AddSingleton<ClinicKitRegistered>();

        // The guard's settings come from ClinicKit:Claims in appsettings; IOptionsMonitor picks up edits without a restart.
        builder.Services.AddOptions<ClinicKitClaimsSettings>().Bind(builder.Config.GetSection(ClinicKitClaimsSettings.SectionName));

        // "Today" for review dates, and the import window's expiry timer; TryAdd keeps a clock the site (or a test) registered first.
        builder.Services.TryAddSingleton(TimeProvider.System);

        // The publish guard: refuses to publish articles and clinic articles whose claims cite nothing, or cite missing/unpublished citations.
        builder.AddNotificationHandler<ContentPublishingNotification, ClaimPublishGuard>();

        // One import window per site: uSync's dashboard runs one import over several requests.
        builder.Services.AddSingleton<ImportRecheck>();
        builder.Services.AddSingleton<ImportWindow>();

        // uSync's import-starting/completed notifications open and close the window; found by name, since ClinicKit does not reference uSync.
        UsyncImportNotifications.AddHandlers(builder.Services, AppDomain.CurrentDomain.GetAssemblies());

        return builder;
    }

    /// <summary>Marks the service collection as holding ClinicKit's registrations.</summary>
    internal sealed class ClinicKitRegistered;
}
