using ClinicKit.Web.Availability;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>One cache entry for one read: the fresh copy, else a new fetch, else (Umbraco failing, or its answer refused)
/// the last good copy standing in, said in the answer's <see cref="Staleness"/> and told to the operator; else a 503.</summary>
internal sealed partial class StandIns(ContentCache cache, RefusedContent refused, TimeProvider time, ILogger<StandIns> logger)
{
    private const string InvalidContent = "invalid-content";

    private long _lastStaleLog;

    /// <summary>One entry: the fresh copy, else a new fetch, else (Umbraco failing) the last good copy, else a 503.</summary>
    public async Task<Sourced<CachedEntry>> ResolveAsync(string key, Func<Task<IEnumerable<KeyValuePair<string, byte[]>>>> fetch, SourceOutage outage)
    {
        // Umbraco already failed this request: see SourceOutage.
        if (outage.Failure is { } failure)
        {
            if (await cache.GetFreshAsync(key) is { } fresh)
            {
                return Sourced.Current(fresh);
            }

            if (await cache.GetLastGoodAsync(key) is { } good)
            {
                return new Sourced<CachedEntry>(good, failure);
            }
        }

        try
        {
            var entry = await cache.GetOrFetchAsync(key, fetch);
            refused.Accept(key);
            return Sourced.Current(entry);
        }
        catch (UmbracoUnavailableException e) when (e.Reason == InvalidContent)
        {
            foreach (var problem in refused.Refuse(key, e.Problems))
            {
                var d = problem.Diagnostic;
                LogRefused(d.Item ?? key, string.Join(", ", problem.Keys), d.Code, d.Message);
            }

            return await StandInAsync(key, e, outage);
        }
        catch (UmbracoUnavailableException e)
        {
            return await StandInAsync(key, e, outage);
        }
    }

    private async Task<Sourced<CachedEntry>> StandInAsync(string key, UmbracoUnavailableException e, SourceOutage outage)
    {
        if (await cache.GetLastGoodAsync(key) is not { } good)
        {
            throw new ContentUnavailableException(e.Reason, $"{key}: {e.Message}", e);
        }

        var stale = new Staleness(e.Reason);
        outage.Failed(stale);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var last = Interlocked.Read(ref _lastStaleLog);

        // One line per ten seconds is enough to tell an operator; a busy site would otherwise log every request. Refused
        // content is logged once per problem instead (Umbraco is up; its content is what is wrong).
        if (e.Reason != InvalidContent && now - last >= 10_000 && Interlocked.CompareExchange(ref _lastStaleLog, now, last) == last)
        {
            LogServingStale(e.Reason, key, TimeSpan.FromMilliseconds(now - good.FetchedAtMs).TotalMinutes, e.Message);
        }

        return new Sourced<CachedEntry>(good, stale);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit refused {Item} ({Key}) from Umbraco: {Code} {Detail}; its last good copy stays served (X-ClinicKit-Stale: invalid-content), or a 503 where there is none")]
    private partial void LogRefused(string item, string key, string code, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Umbraco is unavailable ({Reason}); ClinicKit serves the cached copy of {Entry} from {AgeMinutes:0.#} minutes ago ({Detail})")]
    private partial void LogServingStale(string reason, string entry, double ageMinutes, string detail);
}
