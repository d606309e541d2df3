using System.Collections.Concurrent;
using ClinicKit.Content.Gate;
using ClinicKit.Content.Library;
using ClinicKit.Web.Availability;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>The Delivery API answers the head refused because <see cref="DeliveryApiChecks"/> found errors, kept per cache
/// entry until a good answer for it comes, and published to <see cref="ContentHealth"/> as the gate's types (so the health
/// endpoint reads the same report whichever source the head reads).</summary>
/// <remarks>Content is fetched per page, so the report covers what visitors have asked for since the head started, not the
/// whole of Umbraco.</remarks>
internal sealed class RefusedContent
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ContentProblem>> _byEntry = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, ClinicSite> _clinics = new();
    private readonly ConcurrentDictionary<Guid, ClinicSite> _withheld = new();
    private readonly ContentHealth _health;
    private readonly TimeProvider _time;
    private readonly Lock _publishing = new();
    private DateTimeOffset _cleanSince;

    public RefusedContent(ContentHealth health, TimeProvider time)
    {
        _health = health;
        _time = time;
        _cleanSince = time.GetUtcNow();
        Publish();
    }

    public const string Source = "deliveryApi";

    /// <summary>A clinic the head built: it is served (and named by the errors on what it shows).</summary>
    public void Served(ClinicSite clinic)
    {
        _clinics[clinic.Key] = clinic;
        if (_withheld.TryRemove(clinic.Key, out _))
        {
            Publish();
        }
    }

    /// <summary>Records an answer refused; returns the problems not already reported for this entry (to log each once).</summary>
    public IReadOnlyList<ContentProblem> Refuse(string entry, IReadOnlyList<ContentProblem> problems)
    {
        var before = _byEntry.GetValueOrDefault(entry) ?? [];
        _byEntry[entry] = problems;
        var news = problems.Where(p => !before.Any(b => b.Diagnostic == p.Diagnostic)).ToList();
        if (news.Count > 0)
        {
            Publish();
        }

        return news;
    }

    /// <summary>A clinic whose pages were refused with no good copy: its host names answer 503.</summary>
    public void Withhold(ClinicSite clinic)
    {
        _clinics.TryRemove(clinic.Key, out _);
        if (_withheld.TryAdd(clinic.Key, clinic))
        {
            Publish();
        }
    }

    /// <summary>A good answer for this entry: what was refused for it is over.</summary>
    public void Accept(string entry)
    {
        if (_byEntry.TryRemove(entry, out _))
        {
            Publish();
        }
    }

    private void Publish()
    {
        lock (_publishing)
        {
            var now = _time.GetUtcNow();
            var problems = _byEntry.Values.SelectMany(p => p).DistinctBy(p => p.Diagnostic).ToList();
            if (problems.Count == 0 && _withheld.IsEmpty)
            {
                _cleanSince = now;
            }

            var everyClinic = _clinics.Values.Concat(_withheld.Values).ToList();
            var findings = problems.Select(p => new GateFinding(p, everyClinic
                    .Where(c => p.Keys.Contains(c.Key) || c.Articles.Any(a => p.Keys.Contains(a.Key) || (a.ArticleKey is { } k && p.Keys.Contains(k))))
                    .Select(c => c.ClinicName.Length > 0 ? c.ClinicName : c.Name)
                    .Distinct()
                    .ToList()))
                .ToList();
            var withheld = _withheld.Values.SelectMany(c => c.Hosts.Select(h => (Host: ContentLibrary.HostOf(h), Clinic: (ClinicSite?)c)))
                .DistinctBy(h => h.Host, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(h => h.Host, h => h.Clinic, StringComparer.OrdinalIgnoreCase);
            var library = new ContentLibrary([], [], _clinics.Values, new Dictionary<string, string>());
            _health.Publish(Source, new ServedContent(library, withheld, findings, now, _cleanSince), null);
        }
    }
}
