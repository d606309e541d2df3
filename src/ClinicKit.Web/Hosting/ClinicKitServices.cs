using System.Text.Encodings.Web;
using System.Text.Unicode;
using ClinicKit.Web.Articles;
using ClinicKit.Web.Caching;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Sources.DeliveryApi;
using ClinicKit.Web.Sources.Usync;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace ClinicKit.Web.Hosting;

public static class ClinicKitServices
{
    /// <summary>Everything the head needs. The uSync folder is the content source unless another <see cref="IContentSource"/>
    /// is registered after this call (the last registration wins).</summary>
    public static IServiceCollection AddClinicKitHead(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ClinicKitOptions>(configuration.GetSection(ClinicKitOptions.Section));
        services.Configure<UsyncSourceOptions>(configuration.GetSection(ClinicKitOptions.Section + ":Usync"));

        // The uSync folder is the embedded default source; its watcher starts only when it is the source in use.
        // ClinicKit:Source=DeliveryApi reads a live Umbraco instead (ClinicKit:DeliveryApi); the choice is made when the
        // source is first resolved, so configuration added after this call still counts.
        services.TryAddSingleton<UsyncContentSource>();

        // What the content gate last decided: the health endpoint reports it and clinic resolution answers 503 from it.
        services.AddSingleton<Availability.ContentHealth>();
        services.AddClinicKitDeliveryApi(configuration);
        services.AddSingleton<IContentSource>(sp =>
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContentSourceSelection>>().Value.Source == ContentSourceKind.DeliveryApi
                ? sp.GetRequiredService<DeliveryApiContentSource>()
                : sp.GetRequiredService<UsyncContentSource>());
        services.AddHostedService(sp => new UsyncWatchService(sp.GetRequiredService<IContentSource>()));
        // One per request: a source failure early in a request spares the rest of it a timeout per item.
        services.AddScoped<SourceOutage>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<SiteAssets>();
        // Only the head's own media files are resized (never a URL or an upload), with the renditions' memory capped.
        services.AddSingleton(sp => new Images.ResponsiveImages(sp.GetRequiredService<SiteAssets>().Files,
            new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions { SizeLimit = Images.ResponsiveImages.CacheBytes })));
        services.AddSingleton<SitePages>();
        services.AddSingleton<HomePageBuilder>();
        services.AddSingleton<SitemapBuilder>();
        services.AddSingleton<ArticlePageBuilder>();

        // The pages patients look for: treatments, contact and location, legal pages.
        services.AddSingleton<Treatments.TreatmentPageBuilder>();
        services.AddSingleton<Contact.ContactPageBuilder>();
        services.AddSingleton<LegalPages.LegalPageBuilder>();
        services.AddSingleton<Team.TeamPageBuilder>();

        // Pages are cached per host and path (never per query string), with their compressed forms; a full reload moves the
        // generation so no page rendered before it survives.
        services.AddSingleton<ContentGeneration>();
        services.AddHostedService<PageCacheInvalidator>();
        // Pages and Delivery API content share one HybridCache (memory, then Redis when heads share one), with tags.
        services.AddHybridCache(options =>
            {
                options.DistributedCacheServiceKey = DeliveryApiServices.SharedCacheKey;
                options.MaximumPayloadBytes = 64 * 1024 * 1024;
                options.MaximumKeyLength = 4096;
            })
            .AddSerializer<CachedEntry, CachedEntry.Serializer>()
            .AddSerializer<CachedResponse, HybridPageStore.Serializer>();
        services.AddSingleton<HybridPageStore>();
        services.Configure<HttpCachingOptions>(configuration.GetSection(HttpCachingOptions.Section));
        // The CDN purge hook: a no-op until ClinicKit:HttpCaching:Purge:Url is set.
        services.AddHttpClient<ICdnPurge, HttpCdnPurge>(HttpCdnPurge.ClientName);
        services.AddSingleton(sp =>
        {
            var environment = sp.GetRequiredService<IWebHostEnvironment>();
            var embedded = sp.GetRequiredService<SiteAssets>();
            return new PrecompressedAssets(
                new CompositeFileProvider(environment.WebRootFileProvider, embedded.Files),
                PrecompressedAssets.Under(environment.WebRootFileProvider).Concat(embedded.Paths.Select(p => p[PublicUrls.AssetPrefix.Length..])),
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<HttpCachingOptions>>().Value.AssetCacheControl);
        });

        // Razor encodes only what HTML needs encoding, not every non-ASCII letter (smaller pages, readable source).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddControllersWithViews()
            .ConfigureApplicationPartManager(manager => AddHeadParts(manager));
        return services;
    }

    /// <summary>The head's controllers and compiled views live in this assembly, which is not the entry assembly when a test
    /// or the CLI hosts the head, so MVC is told about it explicitly (once).</summary>
    private static void AddHeadParts(ApplicationPartManager manager)
    {
        var assembly = typeof(ClinicKitServices).Assembly;
        var factory = ApplicationPartFactory.GetApplicationPartFactory(assembly);
        foreach (var part in factory.GetApplicationParts(assembly))
        {
            if (!manager.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name))
            {
                manager.ApplicationParts.Add(part);
            }
        }
    }
}
