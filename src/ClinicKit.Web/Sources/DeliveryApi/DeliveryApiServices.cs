using ClinicKit.Web.Availability;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sources.DeliveryApi;

public static class DeliveryApiServices
{
    /// <summary>Service key of the <see cref="IDistributedCache"/> under ClinicKit's HybridCache: Redis when
    /// <c>ClinicKit:DeliveryApi:Redis</c> is set, else an in-memory one, which HybridCache does not use as a second level.</summary>
    public const string SharedCacheKey = "ClinicKit";

    /// <summary>The Delivery API source and what it needs. Everything is registered whatever the source; nothing is created or
    /// contacted unless <c>ClinicKit:Source</c> is <c>DeliveryApi</c> (checked when the options are first read, so tests can
    /// add configuration after <c>AddClinicKitHead</c>).</summary>
    public static IServiceCollection AddClinicKitDeliveryApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentSourceSelection>().Bind(configuration.GetSection("ClinicKit"));
        services.AddOptions<DeliveryApiOptions>().Bind(configuration.GetSection(DeliveryApiOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryApiOptions>, DeliveryApiOptionsValidator>());

        // Timeouts belong to the resilience handler (per attempt and in all), not to HttpClient (which would cut retries
        // short). HttpClientFactory's own request logging is off: a failing Umbraco would log a stack trace per attempt;
        // ClinicKit logs one line saying what failed and what it served instead.
        services.AddHttpClient(DeliveryApiClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddResilienceHandler("umbraco", (builder, context) => DeliveryApiClient.AddResilience(
                builder,
                context.ServiceProvider.GetRequiredService<IOptions<DeliveryApiOptions>>().Value,
                context.ServiceProvider.GetRequiredService<ILogger<DeliveryApiClient>>()));
        services.TryAddSingleton<DeliveryApiClient>();
        services.TryAddSingleton(sp => new DeliveryApiRequests(sp.GetRequiredService<DeliveryApiClient>(), sp.GetRequiredService<IOptions<DeliveryApiOptions>>().Value, sp.GetService<TimeProvider>() ?? TimeProvider.System));

        // One Redis connection per head, only when ClinicKit:DeliveryApi:Redis is set: HybridCache's second level (content
        // and rendered pages, shared by every head) and the channel that carries webhooks' invalidations to the other heads.
        services.TryAddSingleton<RedisConnection>();
        services.TryAddKeyedSingleton<IDistributedCache>(SharedCacheKey, (sp, _) => sp.GetRequiredService<RedisConnection>() is { Multiplexer: { } multiplexer } redis
            ? new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(multiplexer),
                InstanceName = redis.Prefix,
            }))
            : new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        services.TryAddSingleton<InvalidationChannel>();
        services.TryAddSingleton<ContentCache>();
        services.TryAddSingleton(sp => new RefusedContent(sp.GetRequiredService<ContentHealth>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new StandIns(
            sp.GetRequiredService<ContentCache>(), sp.GetRequiredService<RefusedContent>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StandIns>>()));
        services.TryAddSingleton(sp => new ContentInvalidations(
            sp.GetRequiredService<ContentCache>(), sp.GetRequiredService<InvalidationChannel>(), sp.GetRequiredService<ILogger<ContentInvalidations>>()));
        services.TryAddSingleton(sp => new DeliveryApiContentSource(
            sp.GetRequiredService<DeliveryApiRequests>(),
            sp.GetRequiredService<StandIns>(),
            sp.GetRequiredService<RefusedContent>(),
            sp.GetRequiredService<ContentCache>(),
            sp.GetRequiredService<ContentInvalidations>(),
            sp.GetRequiredService<IOptions<DeliveryApiOptions>>()));
        services.AddHostedService<DeliveryApiStartup>();
        return services;
    }

    /// <summary>The 503 page and the Umbraco webhook endpoint: between the page cache and clinic
    /// resolution (a webhook comes on the head's own host name, which names no clinic).</summary>
    public static IApplicationBuilder UseClinicKitContentAvailability(this IApplicationBuilder app) =>
        app.UseMiddleware<ContentAvailabilityMiddleware>().UseMiddleware<UmbracoWebhookEndpoint>();

    /// <summary>When the Delivery API is the source: checks the configuration at startup (ValidateOnStart does the rest) and
    /// subscribes to the other heads' invalidations before the first request.</summary>
    private sealed class DeliveryApiStartup(IServiceProvider services, IOptions<ContentSourceSelection> selection) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (selection.Value.Source != ContentSourceKind.DeliveryApi)
            {
                return;
            }

            _ = services.GetRequiredService<ContentInvalidations>();
            await services.GetRequiredService<InvalidationChannel>().StartAsync();
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
