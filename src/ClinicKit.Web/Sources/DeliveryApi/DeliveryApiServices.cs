using ClinicKit.Web.Availability;
using ClinicKit.Web.Caching.Distributed;
using ClinicKit.Web.Webhooks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sources.DeliveryApi;

public static class DeliveryApiServices
{
    /// <summary>Keyed service name under which another <see cref="IDistributedCache"/> (for example Microsoft's
    /// StackExchangeRedis cache, where it restores) can replace ClinicKit's own Redis cache for content.</summary>
    public const string SharedCacheKey = "ClinicKit";

    /// <summary>The Delivery API source and what it needs. Everything is registered whatever the source; nothing is created or
    /// contacted unless <c>ClinicKit:Source</c> is <c>DeliveryApi</c> (checked when the options are first read, so tests can
    /// add configuration after <c>AddClinicKitHead</c>).</summary>
    public static IServiceCollection AddClinicKitDeliveryApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentSourceSelection>().Bind(configuration.GetSection("ClinicKit"));
        services.AddOptions<DeliveryApiOptions>().Bind(configuration.GetSection(DeliveryApiOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryApiOptions>, DeliveryApiOptionsValidator>());

        // Timeouts belong to the resilience pipeline (per attempt), not to HttpClient (which would cut retries short).
        // HttpClientFactory's own request logging is off: a failing Umbraco would log a stack trace per attempt; ClinicKit
        // logs one line saying what failed and what it served instead.
        services.AddHttpClient(DeliveryApiClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.TryAddSingleton(sp => new DeliveryApiClient(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<IOptions<DeliveryApiOptions>>(), sp.GetRequiredService<ILogger<DeliveryApiClient>>()));

        // One Redis client per head (a pool of connections), only when ClinicKit:DeliveryApi:Redis is set.
        services.TryAddSingleton(sp => RedisEndpoint.Create(sp.GetRequiredService<IOptions<DeliveryApiOptions>>().Value));
        services.TryAddSingleton<IInvalidationBus>(sp => sp.GetRequiredService<RedisEndpoint>().Client is { } client
            ? new RedisInvalidationBus(client, sp.GetRequiredService<RedisEndpoint>().Prefix, TimeSpan.FromSeconds(5),
                sp.GetRequiredService<ILogger<RedisInvalidationBus>>(), sp.GetRequiredService<ILogger<RedisSubscriber>>())
            : new LocalInvalidationBus());
        services.TryAddSingleton(sp => new ContentStore(
            sp.GetRequiredService<IOptions<DeliveryApiOptions>>(),
            sp.GetRequiredService<IInvalidationBus>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ContentStore>>(),
            sp.GetKeyedService<IDistributedCache>(SharedCacheKey) ?? sp.GetRequiredService<RedisEndpoint>().Cache(sp.GetRequiredService<TimeProvider>())));
        services.TryAddSingleton(sp => new DeliveryApiContentSource(
            sp.GetRequiredService<DeliveryApiClient>(),
            sp.GetRequiredService<ContentStore>(),
            sp.GetRequiredService<IOptions<DeliveryApiOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DeliveryApiContentSource>>()));
        services.AddHostedService<DeliveryApiStartup>();
        return services;
    }

    /// <summary>Stale-content marking, the 503 page and the Umbraco webhook endpoint: between the page cache and clinic
    /// resolution (a webhook comes on the head's own host name, which names no clinic).</summary>
    public static IApplicationBuilder UseClinicKitContentAvailability(this IApplicationBuilder app) =>
        app.UseMiddleware<ContentAvailabilityMiddleware>().UseMiddleware<UmbracoWebhookEndpoint>();

    /// <summary>The Redis server named by <c>ClinicKit:DeliveryApi:Redis</c>, or nothing.</summary>
    internal sealed class RedisEndpoint : IAsyncDisposable
    {
        public RespClient? Client { get; private init; }

        public string Prefix { get; private init; } = "clinickit:";

        public static RedisEndpoint Create(DeliveryApiOptions options) =>
            DeliveryApiOptions.TryParseRedis(options.Redis, out var host, out var port)
                ? new RedisEndpoint
                {
                    Client = new RespClient(host, port, TimeSpan.FromSeconds(2)),
                    Prefix = options.RedisPrefix,
                }
                : new RedisEndpoint();

        public IDistributedCache? Cache(TimeProvider time) => Client is null ? null : new RedisDistributedCache(Client, Prefix, time);

        public async ValueTask DisposeAsync()
        {
            if (Client is not null)
            {
                await Client.DisposeAsync();
            }
        }
    }

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

            _ = services.GetRequiredService<DeliveryApiContentSource>();
            if (services.GetRequiredService<IInvalidationBus>() is RedisInvalidationBus redis)
            {
                redis.Start();

                // A head that cannot reach Redis still starts (and serves from Umbraco alone); it just waits a moment first.
                await Task.WhenAny(redis.Subscribed, Task.Delay(TimeSpan.FromSeconds(3), cancellationToken));
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
