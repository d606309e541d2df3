using ClinicKit.Umbraco.Composing;
using ClinicKit.Umbraco.PublishGuard;
using ClinicKit.Umbraco.Tests.PublishGuard;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;

namespace ClinicKit.Umbraco.Tests.UsyncImport;

/// <summary>
/// A site's services as Umbraco composes them with ClinicKit installed: <c>AddClinicKit</c> on a service collection, and
/// Umbraco's real <see cref="EventAggregator"/> over it, which is what uSync and Umbraco's content service publish through.
/// The content service is <see cref="ContentStore"/>'s stand-in.
/// </summary>
internal sealed class SiteHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public SiteHost(ContentStore store, TimeProvider clock, FakeLogCollector log, Dictionary<string, string?>? configuration = null)
    {
        var services = new ServiceCollection();
        var builder = Substitute.For<IUmbracoBuilder>();
        builder.Services.Returns(services);
        builder.Config.Returns(new ConfigurationBuilder().AddInMemoryCollection(configuration ?? []).Build());

        // What a running Umbraco site provides already.
        services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(log)));
        services.AddSingleton(store.Service);
        services.AddSingleton(clock);

        builder.AddClinicKit();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        // As Umbraco registers it: a ServiceFactory over the container (UmbracoBuilder.AddCoreServices).
        Events = new EventAggregator(type => _provider.GetRequiredService(type));
    }

    public IEventAggregator Events { get; }

    public ImportWindow Window => _provider.GetRequiredService<ImportWindow>();

    public void Dispose() => _provider.Dispose();
}
