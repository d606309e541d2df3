using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicKit.Umbraco.PublishGuard;

/// <summary>
/// The time between uSync's import-starting and import-completed notifications. uSync imports the whole Content folder in
/// level and sort order and publishes each item as it reads it, so an article can be published before the citations it
/// cites. Inside the window the guard lets such cross-item findings through and remembers every article and clinic article
/// published; when the window closes, <see cref="ImportRecheck"/> checks them again against the site as the import left it.
/// </summary>
/// <remarks>
/// The window closes when every import that opened it has completed, or, for an import that never completes (it threw,
/// or the dashboard's browser tab was closed half way), <see cref="ClinicKitClaimsSettings.ImportWindowMinutes"/> after the
/// last thing that happened in it. One instance per site (a singleton): uSync's dashboard drives an import over several
/// requests.
/// </remarks>
public sealed class ImportWindow : IDisposable
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly IOptionsMonitor<ClinicKitClaimsSettings> _settings;
    private readonly ImportRecheck _recheck;
    private readonly ILogger<ImportWindow> _logger;
    private readonly List<Guid> _published = [];
    private readonly HashSet<Guid> _remembered = [];
    private int _imports;
    private DateTimeOffset _expires;
    private ITimer? _expiry;

    public ImportWindow(TimeProvider time, IOptionsMonitor<ClinicKitClaimsSettings> settings, ImportRecheck recheck, ILogger<ImportWindow> logger)
    {
        _time = time;
        _settings = settings;
        _recheck = recheck;
        _logger = logger;
    }

    public bool IsOpen
    {
        get
        {
            lock (_lock)
            {
                return _imports > 0;
            }
        }
    }

    /// <summary>uSync is starting an import.</summary>
    public void Open()
    {
        lock (_lock)
        {
            _imports++;
            Extend();
        }

        _logger.LogInformation("ClinicKit: a uSync import started; claims that cite other documents are checked again when it completes");
    }

    /// <summary>
    /// Called for each article or clinic article being published. True when an import is running: the document is
    /// remembered, to be checked again when the window closes.
    /// </summary>
    public bool TryRemember(Guid key)
    {
        lock (_lock)
        {
            if (_imports == 0)
            {
                return false;
            }

            if (_remembered.Add(key))
            {
                _published.Add(key);
            }

            Extend();
            return true;
        }
    }

    /// <summary>uSync completed an import: when it was the last one running, re-check what was published during the window.</summary>
    public void Complete()
    {
        List<Guid> published;
        lock (_lock)
        {
            if (_imports == 0 || --_imports > 0)
            {
                return;
            }

            published = Close();
        }

        RecheckSafely(published);
    }

    // Stryker disable once Block : equivalent, as the statement below
    public void Dispose()
    {
        lock (_lock)
        {
            // Stryker disable once Statement : equivalent, a timer left undisposed fires once more and finds the window closed
            _expiry?.Dispose();
            _expiry = null;
        }
    }

    private void Expire()
    {
        List<Guid> published;
        lock (_lock)
        {
            // The timer may fire just after the window was extended or closed. Every extension re-arms the timer for the whole
            // timeout, so only a race between the two gets here early; no test can force that race.
            // Stryker disable once all : equivalent outside that race
            if (_imports == 0 || _time.GetUtcNow() < _expires)
            {
                return;
            }

            published = Close();
        }

        _logger.LogWarning(
            "ClinicKit: uSync did not report the import as completed within {Minutes} minutes of its last activity; checking the {Count} article(s) it published now",
            Idle.TotalMinutes, published.Count);
        RecheckSafely(published);
    }

    private void RecheckSafely(List<Guid> published)
    {
        try
        {
            _recheck.Run(published);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Neither uSync's import (which raised the notification) nor a timer thread should fail over it; the log says which pages to look at.
            _logger.LogError(e, "ClinicKit could not check the {Count} article(s) published by a uSync import ({Keys}); open their Claims tab or run clinickit audit",
                published.Count, string.Join(", ", published));
        }
    }

    private TimeSpan Idle => TimeSpan.FromMinutes(Math.Max(1, _settings.CurrentValue.ImportWindowMinutes));

    private void Extend()
    {
        var timeout = Idle;
        // Stryker disable once Arithmetic : equivalent outside the race above, the timer itself is armed for the timeout
        _expires = _time.GetUtcNow() + timeout;
        if (_expiry is null)
        {
            _expiry = _time.CreateTimer(_ => Expire(), null, timeout, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _expiry.Change(timeout, Timeout.InfiniteTimeSpan);
        }
    }

    private List<Guid> Close()
    {
        _imports = 0;
        // Stryker disable once Statement : equivalent, a timer left undisposed fires once more and finds the window closed
        _expiry?.Dispose();
        _expiry = null;
        var published = _published.ToList();
        _published.Clear();
        _remembered.Clear();
        return published;
    }
}
