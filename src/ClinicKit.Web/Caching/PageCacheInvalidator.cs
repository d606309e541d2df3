using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Caching;

/// <summary>Drops rendered pages when the content source says their content changed, and asks the CDN to drop its copies.</summary>
internal sealed partial class PageCacheInvalidator(
    IContentSource source, HybridPageStore store, ContentGeneration generation, ICdnPurge purge, ILogger<PageCacheInvalidator> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        source.Changed += OnChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        source.Changed -= OnChanged;
        return Task.CompletedTask;
    }

    /// <summary>Evicts what a change makes stale; public so a source that learns of changes by other means can call it.</summary>
    /// <remarks>The head's own pages go first, so a CDN that refetches right after the purge gets the new page.</remarks>
    public async Task EvictAsync(ContentChange change)
    {
        if (change.Everything)
        {
            generation.Advance();
            await store.EvictByTagAsync(PageCache.AllTag, CancellationToken.None);
        }
        else
        {
            foreach (var key in change.Keys)
            {
                await store.EvictByTagAsync(PageCache.TagFor(key), CancellationToken.None);
            }
        }

        if (!change.Relayed)
        {
            await purge.PurgeAsync(SurrogateKeyHeaders.PurgeTags(change), CancellationToken.None);
        }
    }

    private void OnChanged(ContentChange change) => _ = EvictLoggingErrorsAsync(change);

    private async Task EvictLoggingErrorsAsync(ContentChange change)
    {
        try
        {
            await EvictAsync(change);
        }
        catch (Exception e)
        {
            LogEvictionFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "ClinicKit could not drop cached pages after a content change")]
    private partial void LogEvictionFailed(Exception e);
}
