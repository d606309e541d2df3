using ClinicKit.Web.Caching;
using ClinicKit.Web.Security;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources.DeliveryApi;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Hosting;

public static class ClinicKitPipeline
{
    /// <summary>The head's middleware and endpoints, in the order that keeps cached pages fast and unknown hosts blind.</summary>
    public static WebApplication UseClinicKitHead(this WebApplication app)
    {
        // A visitor never sees a stack trace: an unexpected error is a plain 500 (the log has the details).
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = context =>
                {
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    return context.Response.WriteAsync("Something went wrong. Please try again later.");
                },
            });
        }

        app.UseClinicKitSecurityHeaders();

        // Before the page cache and clinic resolution: the answer is never cached and does not depend on the host name.
        app.UseMiddleware<Availability.HealthEndpointMiddleware>();

        // Image widths (/images/...) answer before any page lookup: an image or a 404, the same for every host.
        app.UseMiddleware<Images.ResponsiveImageMiddleware>();

        // Assets live under one prefix so page requests never touch the file system looking for a file. They are read and
        // compressed once, here at start, and served from memory; a file too big for that, or added later, is read from disk.
        var assets = app.Services.GetRequiredService<SiteAssets>();
        var caching = app.Services.GetRequiredService<IOptions<HttpCachingOptions>>().Value;
        app.UseMiddleware<PrecompressedAssetsMiddleware>(app.Services.GetRequiredService<PrecompressedAssets>(), new PathString(PublicUrls.AssetPrefix));
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = PublicUrls.AssetPrefix,
            FileProvider = new CompositeFileProvider(app.Environment.WebRootFileProvider, assets.Files),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = caching.AssetCacheControl,
        });

        // Before clinic resolution: a cached page (only ever a 200 for a known host) is served without any content lookup.
        app.UseMiddleware<PageCacheMiddleware>();

        // The 503 page and Umbraco's webhook (ClinicKit:Source=DeliveryApi); a pass-through otherwise.
        app.UseClinicKitContentAvailability();
        app.UseMiddleware<ReadOnlyMethods>();
        app.UseMiddleware<ClinicResolutionMiddleware>();
        app.UseRouting();
        // MVC registers authentication and authorization, and WebApplication puts their middleware first in the pipeline unless
        // the app places them itself: here, after the page cache, so a cached page never passes through them (no page needs them).
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();

        // "{*path}" rather than the default fallback, which skips paths that look like files (/404.html, /favicon.ico).
        app.MapFallbackToController("{*path}", nameof(SiteController.NotFoundPage), "Site");
        return app;
    }
}
