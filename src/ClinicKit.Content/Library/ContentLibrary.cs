using ClinicKit.Content.Claims;
using ClinicKit.Content.Schema;

namespace ClinicKit.Content.Library;

/// <summary>Everything the head and the agency tools need, whatever the source: the articles, citations, clinics and labels.</summary>
public sealed class ContentLibrary
{
    private readonly Dictionary<Guid, Article> _articles;
    private readonly Dictionary<Guid, Citation> _citations;
    private readonly Dictionary<string, ClinicSite> _clinicsByHost;

    public ContentLibrary(
        IEnumerable<Article> articles,
        IEnumerable<Citation> citations,
        IEnumerable<ClinicSite> clinics,
        IReadOnlyDictionary<string, string> dictionary)
    {
        // A key used twice (a copied file) is a validation error; the first one read stands for it rather than the
        // whole library failing to load.
        _articles = articles.DistinctBy(a => a.Key).ToDictionary(a => a.Key);
        _citations = citations.DistinctBy(c => c.Key).ToDictionary(c => c.Key);
        Clinics = clinics.DistinctBy(c => c.Key).OrderBy(c => c.SortOrder).ToList();
        Dictionary = dictionary;
        _clinicsByHost = new Dictionary<string, ClinicSite>(StringComparer.OrdinalIgnoreCase);
        foreach (var clinic in Clinics)
        {
            foreach (var host in clinic.Hosts)
            {
                _clinicsByHost.TryAdd(HostOf(host), clinic);
            }
        }
    }

    public IEnumerable<Article> Articles => _articles.Values;

    public IEnumerable<Citation> Citations => _citations.Values;

    public IReadOnlyList<ClinicSite> Clinics { get; }

    /// <summary>Labels by dictionary key (for example <c>ClinicKit.References</c>).</summary>
    public IReadOnlyDictionary<string, string> Dictionary { get; }

    public Article? Article(Guid key) => _articles.GetValueOrDefault(key);

    public Citation? Citation(Guid key) => _citations.GetValueOrDefault(key);

    public CitationInfo? CitationInfo(Guid key) => Citation(key) is { } c ? new CitationInfo(c.Title, c.State) : null;

    /// <summary>The clinic whose domain is this host name (port ignored), or null: an unknown host reveals no clinic.</summary>
    public ClinicSite? ClinicForHost(string host) => _clinicsByHost.GetValueOrDefault(HostOf(host));

    /// <summary>The clinic sites that show a library article.</summary>
    public IEnumerable<ClinicSite> ClinicsShowing(Guid articleKey) =>
        Clinics.Where(c => c.Articles.Any(a => a.ArticleKey == articleKey));

    /// <summary>The clinic whose page is canonical for an article under the "Primary clinic" strategy; see <see cref="PrimaryClinic"/>.</summary>
    public ClinicSite? PrimaryClinicFor(Guid articleKey) => PrimaryClinic(Clinics, articleKey);

    /// <summary>The first published clinic in the content tree that publishes the article, has a domain and uses "This clinic":
    /// its page is the original that clinics using "Primary clinic" point search engines at.</summary>
    public static ClinicSite? PrimaryClinic(IEnumerable<ClinicSite> clinics, Guid articleKey) =>
        clinics.OrderBy(c => c.SortOrder).FirstOrDefault(c =>
            c.IsPublished
            && c.Hosts.Count > 0
            && c.CanonicalStrategy != Choices.CanonicalPrimary
            && c.Articles.Any(a => a.ArticleKey == articleKey && a.IsPublished));

    public string Label(string key, string fallback) =>
        Dictionary.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text : fallback;

    /// <summary>A domain as Umbraco stores it ("example.com", "https://example.com/en", "example.com:8080") or a request's
    /// Host header reduced to the form hosts are compared in: the host name alone, without a trailing dot, lower case, and
    /// in its ASCII (punycode) form, so "bücher.test", "XN--BCHER-KVA.test" and "xn--bcher-kva.test." are one host.</summary>
    public static string HostOf(string hostOrDomain)
    {
        var host = hostOrDomain.Trim();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }

        var slash = host.IndexOf('/');
        if (slash >= 0)
        {
            host = host[..slash];
        }

        var colon = host.LastIndexOf(':');
        host = (colon > 0 && !host.EndsWith(']') ? host[..colon] : host).TrimEnd('.').ToLowerInvariant();
        return System.Text.Ascii.IsValid(host) ? host : Punycode(host);
    }

    private static string Punycode(string host)
    {
        try
        {
            return Idn.GetAscii(host);
        }
        catch (ArgumentException)
        {
            // Not a name IDNA can encode: it matches no clinic's domain, as written.
            return host;
        }
    }

    private static readonly System.Globalization.IdnMapping Idn = new();
}
