using ClinicKit.Content.Library;
using ClinicKit.Web.Hosting;
using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClinicKit.Web.Caching;

/// <summary>Serves a page from the page cache, or renders it once and keeps it with its Brotli and gzip forms, its ETag, its
/// Last-Modified and its surrogate keys; answers conditional requests with 304 and HEAD from the same entry.</summary>
/// <remarks>
/// The key is the content generation, the host (as clinics are looked up by) and the path: never the query string, which no
/// page reads, so a visitor cannot make every request render again by adding one. Only a complete 200 is stored; a page
/// rendered from a stale copy, a 404 and a 503 are sent with headers of their own (<see cref="UncachedHeaders"/>) and
/// rendered again next time. Every response under this middleware is buffered, so it goes out with a Content-Length.
/// </remarks>
internal sealed partial class PageCacheMiddleware
{
    private readonly RequestDelegate _next;
    private readonly HybridPageStore _store;
    private readonly ContentGeneration _generation;
    private readonly TimeProvider _time;
    private readonly ILogger<PageCacheMiddleware> _logger;
    private readonly string _pageCacheControl;
    private readonly string _notFoundCacheControl;
    private readonly TimeSpan? _keepFor;

    public PageCacheMiddleware(
        RequestDelegate next, HybridPageStore store, ContentGeneration generation, TimeProvider time,
        IOptions<HttpCachingOptions> caching, IOptions<ClinicKitOptions> head, ILogger<PageCacheMiddleware> logger)
    {
        _next = next;
        _store = store;
        _generation = generation;
        _time = time;
        _logger = logger;
        _pageCacheControl = caching.Value.PageCacheControl();
        _notFoundCacheControl = caching.Value.NotFoundCacheControl;
        _keepFor = head.Value.PageCacheSeconds > 0 ? TimeSpan.FromSeconds(head.Value.PageCacheSeconds) : null;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return _next(context);
        }

        if (_keepFor is null)
        {
            return RenderAsync(context, null);
        }

        var key = HybridPageStore.CacheKey(
            _generation.Current, ContentLibrary.HostOf(ClinicResolutionMiddleware.RequestHost(request)), request.Path.Value ?? "/");
        var lookup = _store.GetAsync(key, context.RequestAborted);
        if (lookup.IsCompletedSuccessfully)
        {
            return lookup.Result is { } cached ? cached.WriteAsync(context) : RenderAsync(context, key);
        }

        return ServeAsync(context, key, lookup);
    }

    private async Task ServeAsync(HttpContext context, string key, ValueTask<CachedResponse?> lookup)
    {
        if (await lookup is { } cached)
        {
            await cached.WriteAsync(context);
            return;
        }

        await RenderAsync(context, key);
    }

    /// <summary>Renders the page into memory, stores it when it may be stored (and <paramref name="key"/> is given), and sends it.</summary>
    private async Task RenderAsync(HttpContext context, string? key)
    {
        var capture = new PageCapture();
        context.Features.Set(capture);
        PageCapture.Current = capture;
        var response = context.Response;
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        var buffered = new StreamResponseBodyFeature(buffer, original);
        context.Features.Set<IHttpResponseBodyFeature>(buffered);
        try
        {
            await _next(context);
            await buffered.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
            PageCapture.Current = null;
        }

        var body = buffer.ToArray();
        if (Storable(response, capture) && response.ContentType is { } contentType)
        {
            var own = response.Headers.CacheControl;
            var page = new CachedResponse(
                contentType,
                own.Count > 0 ? own.ToString() : _pageCacheControl,
                CompressedForms.Of(body),
                NotLaterThanNow(capture.Modified),
                SurrogateKeyHeaders.For(capture.Keys));
            if (key is not null)
            {
                await StoreAsync(key, page, capture.Keys);
            }

            response.Headers.Remove(HeaderNames.ContentLength);
            await page.WriteAsync(context);
            return;
        }

        UncachedHeaders.Apply(context, capture, _notFoundCacheControl);
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method) && body.Length > 0)
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static bool Storable(HttpResponse response, PageCapture capture) =>
        response.StatusCode == StatusCodes.Status200OK
        && capture.NotStoredBecause is null
        && !response.Headers.ContainsKey(HeaderNames.SetCookie)
        && !response.Headers.ContainsKey(HeaderNames.ContentEncoding)
        && !HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
        && !HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.PrivateString);

    private async Task StoreAsync(string key, CachedResponse page, IReadOnlyList<Guid> keys)
    {
        try
        {
            await _store.SetAsync(key, page, keys.Select(PageCache.TagFor).Prepend(PageCache.AllTag), _keepFor!.Value, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The visitor still gets the page; the next request renders it again.
            LogNotStored(e, key);
        }
    }

    /// <summary>An article reviewed "today" in another time zone, or a clock behind the content's: Last-Modified is never later
    /// than the response's Date (RFC 9110 §8.8.2.1).</summary>
    private DateTimeOffset? NotLaterThanNow(DateTimeOffset? modified)
    {
        var now = _time.GetUtcNow();
        return modified > now ? now : modified;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit could not keep the page {Key} in the page cache")]
    private partial void LogNotStored(Exception e, string key);
}
