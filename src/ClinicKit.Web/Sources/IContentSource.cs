using ClinicKit.Content.Library;

namespace ClinicKit.Web.Sources;

/// <summary>Where the head gets its content: the uSync folder today, a live Umbraco's Delivery API next.</summary>
/// <remarks>Every call is asynchronous and asks only for what one page needs, so a remote source can fetch (and HTTP-cache)
/// per page. Sources return what the content says, published or not; the head decides what it serves.
/// A source that had to serve a stand-in says so with the answer (<see cref="Sourced{T}.Stale"/>); <see cref="SourceOutage"/>
/// carries a failure from one call to the next within a request.</remarks>
public interface IContentSource
{
    /// <summary>The clinic whose domain is this host name (no port), or null.</summary>
    ValueTask<Sourced<ClinicSite?>> FindClinicByHostAsync(string host, SourceOutage outage, CancellationToken cancellationToken = default);

    /// <summary>Every clinic in content-tree order: canonical decisions compare clinics, and the exporter renders them all.</summary>
    ValueTask<Sourced<IReadOnlyList<ClinicSite>>> GetClinicsAsync(SourceOutage outage, CancellationToken cancellationToken = default);

    ValueTask<Sourced<Article?>> GetArticleAsync(Guid key, SourceOutage outage, CancellationToken cancellationToken = default);

    /// <summary>The library articles with these keys that exist, in the order asked.</summary>
    ValueTask<Sourced<IReadOnlyList<Article>>> GetArticlesAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default);

    /// <summary>The citations with these keys that exist, in the order asked.</summary>
    ValueTask<Sourced<IReadOnlyList<Citation>>> GetCitationsAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default);

    /// <summary>Dictionary labels by key (for example <c>ClinicKit.References</c>); they come from configuration or files,
    /// never from a copy standing in for Umbraco, so they are never stale.</summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetDictionaryAsync(CancellationToken cancellationToken = default);

    /// <summary>Raised after content changed, so rendered pages that depend on it can be dropped.</summary>
    event Action<ContentChange>? Changed;
}
