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

    public ValueTask<ClinicSite?> FindClinicByHostAsync(string host, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Library.ClinicForHost(host));

    public ValueTask<IReadOnlyList<ClinicSite>> GetClinicsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Library.Clinics);

    public ValueTask<Article?> GetArticleAsync(Guid key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _articleFetches);
        return ValueTask.FromResult(Library.Article(key));
    }

    public ValueTask<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _articleFetches);
        return ValueTask.FromResult<IReadOnlyList<Article>>(keys.Select(Library.Article).OfType<Article>().ToList());
    }

    public ValueTask<IReadOnlyList<Citation>> GetCitationsAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<Citation>>(keys.Select(Library.Citation).OfType<Citation>().ToList());

    public ValueTask<IReadOnlyDictionary<string, string>> GetDictionaryAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Library.Dictionary);
}
