using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Caching;

/// <summary>Tells a CDN (or any cache in front of the heads) which surrogate keys to drop after content changed.</summary>
public interface ICdnPurge
{
    /// <summary>False when no purge is configured: nothing is sent.</summary>
    bool IsEnabled { get; }

    Task PurgeAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken);
}

/// <summary>The purge hook configured by URL (<c>ClinicKit:HttpCaching:Purge</c>): <c>POST {"tags": [...]}</c>, the body
/// Cloudflare's <c>purge_cache</c> takes, with the same tags in a <c>Surrogate-Key</c> header (Fastly's batch purge) and the
/// configured headers (credentials); off when no URL is set.</summary>
internal sealed partial class HttpCdnPurge(HttpClient client, IOptions<HttpCachingOptions> options, ILogger<HttpCdnPurge> logger) : ICdnPurge
{
    public const string ClientName = "ClinicKit.CdnPurge";

    private readonly CdnPurgeOptions _options = options.Value.Purge;

    public bool IsEnabled => _options.Url.Length > 0;

    public async Task PurgeAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        if (!IsEnabled || tags.Count == 0)
        {
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Url) { Content = JsonContent.Create(new { tags }) };
        request.Headers.TryAddWithoutValidation(SurrogateKeyHeaders.SurrogateKey, string.Join(' ', tags));
        foreach (var (name, value) in _options.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused((int)response.StatusCode, tags.Count);
                return;
            }

            LogPurged(tags.Count);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // A CDN that cannot be told keeps its copies until their s-maxage runs out; the head's own pages are already gone.
            LogFailed(e.Message, tags.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "ClinicKit asked the CDN to purge {Count} tag(s)")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CDN purge hook answered {Status} for {Count} tag(s); the CDN keeps those pages until they expire")]
    private partial void LogRefused(int status, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CDN purge hook could not be reached ({Reason}) for {Count} tag(s); the CDN keeps those pages until they expire")]
    private partial void LogFailed(string reason, int count);
}
