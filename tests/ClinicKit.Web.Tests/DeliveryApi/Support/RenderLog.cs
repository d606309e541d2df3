using System.Collections.Concurrent;
using ClinicKit.Content.Library;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Sources.DeliveryApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.DeliveryApi.Support;

/// <summary>Records which pages were rendered (reached the content source) rather than served from the page cache: every
/// rendered page first looks its clinic up by host.</summary>
internal sealed class RenderLog
{
    private readonly ConcurrentQueue<string> _rendered = new();

    public IReadOnlyList<string> Rendered => [.. _rendered];

    public void Clear() => _rendered.Clear();

    /// <summary>Wraps the Delivery API source in a recording one (registered last, so it is the head's source).</summary>
    public void Install(WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IContentSource>(sp => new Recording(
            sp.GetRequiredService<DeliveryApiContentSource>(), sp.GetRequiredService<IHttpContextAccessor>(), this));
    }

    private sealed class Recording(IContentSource inner, IHttpContextAccessor http, RenderLog log) : IContentSource
    {
        public event Action<ContentChange>? Changed
        {
            add => inner.Changed += value;
            remove => inner.Changed -= value;
        }

        public ValueTask<Sourced<ClinicSite?>> FindClinicByHostAsync(string host, SourceOutage outage, CancellationToken cancellationToken = default)
        {
            if (http.HttpContext?.Request is { } request)
            {
                log._rendered.Enqueue(request.Host.Host + request.Path);
            }

            return inner.FindClinicByHostAsync(host, outage, cancellationToken);
        }

        public ValueTask<Sourced<IReadOnlyList<ClinicSite>>> GetClinicsAsync(SourceOutage outage, CancellationToken cancellationToken = default) => inner.GetClinicsAsync(outage, cancellationToken);

        public ValueTask<Sourced<Article?>> GetArticleAsync(Guid key, SourceOutage outage, CancellationToken cancellationToken = default) => inner.GetArticleAsync(key, outage, cancellationToken);

        public ValueTask<Sourced<IReadOnlyList<Article>>> GetArticlesAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default) =>
            inner.GetArticlesAsync(keys, outage, cancellationToken);

        public ValueTask<Sourced<IReadOnlyList<Citation>>> GetCitationsAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default) =>
            inner.GetCitationsAsync(keys, outage, cancellationToken);

        public ValueTask<IReadOnlyDictionary<string, string>> GetDictionaryAsync(CancellationToken cancellationToken = default) =>
            inner.GetDictionaryAsync(cancellationToken);
    }
}
