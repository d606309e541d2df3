using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Library;

namespace ClinicKit.Content.Gate;

/// <summary>Decides what of a new content snapshot goes live. Source-neutral: it sees the library a source built and the
/// errors that source's validation found, each tied to what it touches.</summary>
/// <remarks>
/// A clinic is touched by an error on anything it shows: its own node, any node under it, its domains, the library
/// articles its clinic articles pick and the citations those articles cite. A touched clinic is served at its last good
/// version; with none (at start-up) its host names are withheld and answer 503. An untouched clinic is served from the new
/// snapshot. Articles and citations are kept per item the same way, and an older item stays available while a clinic
/// still served at an older version shows it.
/// An error that only says content was taken down (a clinic article picking an unpublished library article) is reported
/// but touches nothing: the head does not serve unpublished content anyway, and an unpublish must take effect at once.
/// </remarks>
public static class ContentGate
{
    private static readonly IReadOnlySet<string> Withdrawals = new HashSet<string> { DiagnosticCodes.LibraryArticleUnpublished.Code };

    public static ServedContent Admit(
        ContentLibrary candidate,
        IReadOnlyList<ContentProblem> reported,
        ServedContent? lastGood,
        DateTimeOffset now,
        IEnumerable<ClinicSite>? standIns = null)
    {
        if (reported.Count == 0)
        {
            return new ServedContent(candidate, new Dictionary<string, ClinicSite?>(), [], now, now);
        }

        var problems = reported.Where(p => !Withdrawals.Contains(p.Diagnostic.Code)).ToList();
        var old = lastGood?.Library;
        var fresh = new Shown(candidate);
        var previous = old is null ? null : new Shown(old);
        var allClinics = candidate.Clinics.Concat(old?.Clinics ?? []).DistinctBy(c => c.Key).ToList();
        var findings = reported.Select(p => new GateFinding(p, Withdrawals.Contains(p.Diagnostic.Code) ? [] : allClinics
                .Where(c => p.Everything || fresh.Touches(c.Key, p) || previous?.Touches(c.Key, p) == true)
                .Select(NameOf)
                .Distinct()
                .ToList()))
            .ToList();
        var blocked = allClinics.Where(c => problems.Any(p => p.Everything || fresh.Touches(c.Key, p) || previous?.Touches(c.Key, p) == true))
            .Select(c => c.Key)
            .ToHashSet();

        var served = new List<ClinicSite>();
        var withheld = new Dictionary<string, ClinicSite?>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in allClinics.Select(c => c.Key))
        {
            var next = candidate.Clinics.FirstOrDefault(c => c.Key == key);
            var before = old?.Clinics.FirstOrDefault(c => c.Key == key);
            if (!blocked.Contains(key))
            {
                if (next is not null)
                {
                    served.Add(next);
                }
            }
            else if (before is not null)
            {
                served.Add(before);
            }
            else if (next is not null)
            {
                foreach (var host in next.Hosts)
                {
                    withheld.TryAdd(ContentLibrary.HostOf(host), next);
                }
            }
        }

        // A domain in error whose host no clinic is served on (its root is missing, or not a clinic) is withheld too, so
        // the visitor gets "temporarily unavailable" rather than "not found".
        var servedHosts = served.SelectMany(c => c.Hosts).Select(ContentLibrary.HostOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var brands = allClinics.Concat(standIns ?? []).ToList();
        foreach (var host in problems.SelectMany(p => p.Hosts).Select(ContentLibrary.HostOf).Where(h => !servedHosts.Contains(h)))
        {
            withheld.TryAdd(host, brands.FirstOrDefault(c => c.Hosts.Any(h => string.Equals(ContentLibrary.HostOf(h), host, StringComparison.OrdinalIgnoreCase))));
        }

        var everything = problems.Any(p => p.Everything);
        var freshArticles = candidate.Articles.Where(a => !everything && !problems.Any(p => fresh.TouchesArticle(a.Key, p))).ToList();

        // An article kept at its last good version keeps the citations it cited then (one it cites may have been
        // unpublished since, which is the very error that kept the article back).
        var live = freshArticles.Select(a => a.Key).ToHashSet();
        var keptCitations = (old?.Articles ?? []).Where(a => !live.Contains(a.Key)).SelectMany(a => previous!.CitedBy(a.Key)).ToHashSet();
        var citations = candidate.Citations.Where(c => !everything && !keptCitations.Contains(c.Key) && !problems.Any(p => p.Keys.Contains(c.Key)))
            .Concat(old?.Citations ?? []);
        var articles = freshArticles.Concat(old?.Articles ?? []);
        var library = everything && old is not null
            ? old
            : new ContentLibrary(articles, citations, served, candidate.Dictionary);
        return new ServedContent(library, withheld, findings, now, lastGood?.CleanSince);
    }

    private static string NameOf(ClinicSite clinic) => clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name;

    /// <summary>For one library: every key each clinic shows, and the citations each article cites.</summary>
    private sealed class Shown
    {
        private readonly Dictionary<Guid, HashSet<Guid>> _byClinic = [];
        private readonly Dictionary<Guid, HashSet<string>> _hostsByClinic = [];
        private readonly Dictionary<Guid, HashSet<Guid>> _citedByArticle = [];

        public Shown(ContentLibrary library)
        {
            foreach (var article in library.Articles)
            {
                _citedByArticle[article.Key] = article.Claims.SelectMany(c => c.Citations).Select(p => p.Key).OfType<Guid>().ToHashSet();
            }

            foreach (var clinic in library.Clinics)
            {
                var keys = new HashSet<Guid> { clinic.Key };
                foreach (var page in clinic.Articles)
                {
                    keys.Add(page.Key);
                    if (page.ArticleKey is { } article)
                    {
                        keys.Add(article);
                        keys.UnionWith(_citedByArticle.GetValueOrDefault(article) ?? []);
                    }
                }

                _byClinic[clinic.Key] = keys;
                _hostsByClinic[clinic.Key] = clinic.Hosts.Select(ContentLibrary.HostOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
            }
        }

        public bool Touches(Guid clinic, ContentProblem problem) =>
            _byClinic.TryGetValue(clinic, out var keys)
            && (problem.Keys.Any(keys.Contains) || problem.Hosts.Any(h => _hostsByClinic[clinic].Contains(ContentLibrary.HostOf(h))));

        public IEnumerable<Guid> CitedBy(Guid article) => _citedByArticle.GetValueOrDefault(article) ?? [];

        public bool TouchesArticle(Guid article, ContentProblem problem) =>
            problem.Keys.Contains(article) || problem.Keys.Any(k => _citedByArticle.GetValueOrDefault(article)?.Contains(k) == true);
    }
}
