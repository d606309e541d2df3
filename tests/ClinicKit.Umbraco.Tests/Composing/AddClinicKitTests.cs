using ClinicKit.Content.Schema;
using ClinicKit.Umbraco.Composing;
using ClinicKit.Umbraco.PublishGuard;
using ClinicKit.Umbraco.Tests.PublishGuard;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using uSync.BackOffice;

namespace ClinicKit.Umbraco.Tests.Composing;

public sealed class AddClinicKitTests
{
    [Test]
    public void The_composer_registers_the_publish_guard()
    {
        var (builder, _) = Builder();

        new ClinicKitComposer().Compose(builder);

        using var services = Provider(builder);
        Assert.That(Handlers(services).Select(h => h.GetType()), Is.EqualTo(new[] { typeof(ClaimPublishGuard) }));
    }

    [Test]
    public void Calling_AddClinicKit_twice_registers_everything_once()
    {
        var (builder, services) = Builder();
        new ClinicKitComposer().Compose(builder);
        var once = services.Select(Describe).ToList();

        builder.AddClinicKit();
        builder.AddClinicKit();

        Assert.That(services.Select(Describe), Is.EqualTo(once));
        using var provider = Provider(builder);
        Assert.That(Handlers(provider), Has.Length.EqualTo(1));
    }

    [Test]
    public void Settings_default_to_blocking_with_overdue_reviews_as_warnings()
    {
        var (builder, _) = Builder();
        builder.AddClinicKit();

        using var services = Provider(builder);
        var settings = services.GetRequiredService<IOptionsMonitor<ClinicKitClaimsSettings>>().CurrentValue;

        Assert.Multiple(() =>
        {
            Assert.That(settings.BlockPublishing, Is.True);
            Assert.That(settings.ReviewOverdueIsError, Is.False);
        });
    }

    [Test]
    public void Settings_are_read_from_ClinicKit_Claims()
    {
        var (builder, _) = Builder(new()
        {
            ["ClinicKit:Claims:BlockPublishing"] = "false",
            ["ClinicKit:Claims:ReviewOverdueIsError"] = "true",
        });
        builder.AddClinicKit();

        using var services = Provider(builder);
        var settings = services.GetRequiredService<IOptionsMonitor<ClinicKitClaimsSettings>>().CurrentValue;

        Assert.Multiple(() =>
        {
            Assert.That(settings.BlockPublishing, Is.False);
            Assert.That(settings.ReviewOverdueIsError, Is.True);
        });
    }

    [Test]
    public void The_registered_guard_refuses_an_uncited_claim_and_follows_the_settings()
    {
        var (builder, _) = Builder(new() { ["ClinicKit:Claims:BlockPublishing"] = "false" });
        builder.AddClinicKit();
        var model = new UmbracoModel();
        var article = model.Create("Uncited", DocumentTypes.Article.Alias);
        var body = model.FromShipped(DocumentTypes.Article.Alias, "How Does Ketamine Work for Depression?").GetValue<string>(Props.Body)!;
        article.SetValue(Props.Body, ArticleBody.SetClaimValue(body, 1, Props.Citations, ""));

        using var services = Provider(builder);
        var notification = new ContentPublishingNotification(article, new EventMessages());
        foreach (var handler in Handlers(services))
        {
            handler.Handle(notification);
        }

        Assert.That(notification.Cancel, Is.False, "BlockPublishing is false in the configuration");
        Assert.That(notification.Messages.GetAll().Select(m => m.MessageType), Has.Member(EventMessageType.Warning));
        Assert.That(notification.Messages.GetAll().Select(m => m.Message), Has.Some.Contains("Claim 1 (\""));
    }

    [Test]
    public void The_uSync_import_handlers_are_registered_as_Umbracos_AddNotificationHandler_registers_one()
    {
        var (builder, services) = Builder();
        builder.AddClinicKit();
        var (umbraco, umbracoServices) = Builder();
        umbraco.AddNotificationHandler<uSyncImportStartingNotification, UsyncImportStartingHandler<uSyncImportStartingNotification>>();
        umbraco.AddNotificationHandler<uSyncImportCompletedNotification, UsyncImportCompletedHandler<uSyncImportCompletedNotification>>();

        var ours = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericArguments()[0].Namespace == "uSync.BackOffice").Select(Describe);

        Assert.That(ours, Is.EquivalentTo(umbracoServices.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(INotificationHandler<>)).Select(Describe)));
        Assert.That(ours, Has.Exactly(2).Items);
    }

    /// <summary>uSync publishes them as Services/SyncEventService.cs does: PublishCancelableAsync and PublishAsync on the base-class-typed notification.</summary>
    [Test]
    public async Task Umbracos_event_aggregator_hands_uSyncs_import_notifications_to_the_window()
    {
        var (builder, _) = Builder();
        builder.AddClinicKit();
        using var services = Provider(builder);
        var events = new EventAggregator(type => services.GetRequiredService(type));
        var window = services.GetRequiredService<ImportWindow>();

        CancelableuSyncBulkNotification starting = new uSyncImportStartingNotification();
        await events.PublishCancelableAsync(starting);
        var openDuringImport = window.IsOpen;
        uSyncBulkNotification completed = new uSyncImportCompletedNotification([]);
        await events.PublishAsync(completed);

        Assert.That(openDuringImport, Is.True);
        Assert.That(window.IsOpen, Is.False);
        Assert.That(starting.Cancel, Is.False, "ClinicKit never cancels uSync's import");
    }

    [TestCase(false, false, TestName = "Without uSync nothing is registered for its notifications")]
    [TestCase(true, false, TestName = "With only uSync's starting notification nothing is registered")]
    [TestCase(true, true, TestName = "With both of uSync's notifications both handlers are registered")]
    public void The_window_is_hooked_up_only_when_both_of_uSyncs_notifications_are_found(bool withStarting, bool withCompleted)
    {
        var services = new ServiceCollection();
        var assemblies = new List<System.Reflection.Assembly> { typeof(ClaimPublishGuard).Assembly };
        if (withStarting)
        {
            assemblies.Add(typeof(uSyncImportStartingNotification).Assembly);
        }

        var found = UsyncImportNotifications.AddHandlers(services, withCompleted ? assemblies : assemblies.Select(a => new OnlyType(a, UsyncImportNotifications.StartingTypeName)));

        var expected = withStarting && withCompleted ? new[] { typeof(uSyncImportStartingNotification), typeof(uSyncImportCompletedNotification) } : [];
        Assert.That(found, Is.EqualTo(expected));
        Assert.That(services, Has.Count.EqualTo(expected.Length));
    }

    [Test]
    public void Types_with_uSyncs_names_that_are_not_notifications_are_not_hooked_up_and_the_site_still_starts()
    {
        var services = new ServiceCollection();

        var found = UsyncImportNotifications.AddHandlers(services, [new EveryNameIs(typeof(ImportWindow))]);

        Assert.That(found, Is.Empty);
        Assert.That(services, Is.Empty);
    }

    private static (IUmbracoBuilder Builder, IServiceCollection Services) Builder(Dictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        var builder = Substitute.For<IUmbracoBuilder>();
        builder.Services.Returns(services);
        builder.Config.Returns(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build());

        // What a running Umbraco site provides already.
        services.AddLogging();
        services.AddSingleton(Substitute.For<IContentService>());
        return (builder, services);
    }

    private static ServiceProvider Provider(IUmbracoBuilder builder) =>
        builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

    private static INotificationHandler<ContentPublishingNotification>[] Handlers(IServiceProvider services) =>
        services.GetServices<INotificationHandler<ContentPublishingNotification>>().ToArray();

    /// <summary>An assembly that hides every type but one, as a uSync version would that had only one of the two notifications.</summary>
    private sealed class OnlyType(System.Reflection.Assembly inner, string fullName) : System.Reflection.Assembly
    {
        public override Type? GetType(string name, bool throwOnError) => name == fullName ? inner.GetType(name, throwOnError) : null;
    }

    /// <summary>An assembly in which both of uSync's names are some other class, one that is not a notification.</summary>
    private sealed class EveryNameIs(Type type) : System.Reflection.Assembly
    {
        public override Type? GetType(string name, bool throwOnError) => type;
    }

    private static string Describe(ServiceDescriptor d) =>
        $"{d.ServiceType.FullName} {d.Lifetime} {d.ImplementationType?.FullName ?? d.ImplementationInstance?.GetType().FullName ?? "factory"}";
}
