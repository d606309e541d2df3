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

    private static string Describe(ServiceDescriptor d) =>
        $"{d.ServiceType.FullName} {d.Lifetime} {d.ImplementationType?.FullName ?? d.ImplementationInstance?.GetType().FullName ?? "factory"}";
}
