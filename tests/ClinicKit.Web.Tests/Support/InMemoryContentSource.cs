using ClinicKit.Content.Library;
using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Tests.Support;

/// <summary>A second content source, as the Delivery API one will be: swappable content, keyed change notifications,
/// and a count of the article fetches so tests can see when a page was served from memory.</summary>
internal sealed class InMemoryContentSource(ContentLibrary library) : IContentSource
{
    private int _articleFetches;

    public event Action<ContentChange>? Changed;

    public ContentLibrary Library { get; set; } = library;

    public int ArticleFetches => Volatile.Read(ref _articleFetches);

    public void Raise(ContentChange change) => Changed?.Invoke(change);

    public ValueTask<Sourced<ClinicSite?>> FindClinicByHostAsync(string host, SourceOutage outage, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Sourced.Current(Library.ClinicForHost(host)));

    public ValueTask<Sourced<IReadOnlyList<ClinicSite>>> GetClinicsAsync(SourceOutage outage, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Sourced.Current(Library.Clinics));

    public ValueTask<Sourced<Article?>> GetArticleAsync(Guid key, SourceOutage outage, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _articleFetches);
        return ValueTask.FromResult(Sourced.Current(Library.Article(key)));
    }

    public ValueTask<Sourced<IReadOnlyList<Article>>> GetArticlesAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _articleFetches);
        return ValueTask.FromResult(Sourced.Current<IReadOnlyList<Article>>(keys.Select(Library.Article).OfType<Article>().ToList()));
    }

    public ValueTask<Sourced<IReadOnlyList<Citation>>> GetCitationsAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Sourced.Current<IReadOnlyList<Citation>>(keys.Select(Library.Citation).OfType<Citation>().ToList()));

    public ValueTask<IReadOnlyDictionary<string, string>> GetDictionaryAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Library.Dictionary);
}
