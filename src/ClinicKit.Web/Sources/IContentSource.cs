using ClinicKit.Content.Library;

namespace ClinicKit.Web.Sources;

/// <summary>Where the head gets its content: the uSync folder today, a live Umbraco's Delivery API next.</summary>
/// <remarks>Every call is asynchronous and asks only for what one page needs, so a remote source can fetch (and HTTP-cache)
/// per page. Sources return what the content says, published or not; the head decides what it serves.</remarks>
public interface IContentSource
{
    /// <summary>The clinic whose domain is this host name (no port), or null.</summary>
    ValueTask<ClinicSite?> FindClinicByHostAsync(string host, CancellationToken cancellationToken = default);

    /// <summary>Every clinic in content-tree order: canonical decisions compare clinics, and the exporter renders them all.</summary>
    ValueTask<IReadOnlyList<ClinicSite>> GetClinicsAsync(CancellationToken cancellationToken = default);

    ValueTask<Article?> GetArticleAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>The library articles with these keys that exist, in the order asked.</summary>
    ValueTask<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default);

    /// <summary>The citations with these keys that exist, in the order asked.</summary>
    ValueTask<IReadOnlyList<Citation>> GetCitationsAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default);

    /// <summary>Dictionary labels by key (for example <c>ClinicKit.References</c>).</summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetDictionaryAsync(CancellationToken cancellationToken = default);

    /// <summary>Raised after content changed, so rendered pages that depend on it can be dropped.</summary>
    event Action<ContentChange>? Changed;
}
