namespace ClinicKit.Web.Sources.Usync;

/// <summary>Starts watching the uSync folder when it is the content source in use (another source may have replaced it).</summary>
/// <remarks>Resolving the source here also loads the folder at startup, so a broken folder is logged before the first request.</remarks>
internal sealed class UsyncWatchService(IContentSource source) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        (source as UsyncContentSource)?.StartWatching();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
