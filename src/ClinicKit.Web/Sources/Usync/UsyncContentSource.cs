using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Gate;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Validation;
using ClinicKit.Web.Availability;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sources.Usync;

/// <summary>Serves a uSync folder read into memory, and reloads it when its files change.</summary>
/// <remarks>Every read runs the checks <c>clinickit validate</c> runs, and <see cref="ContentGate"/> decides what goes live:
/// what an error touches stays at its last good version (or, at start-up, its clinic answers 503), and everything else is
/// served new. Each error is logged at Warning with its file, line and code, and reported on the health endpoint.</remarks>
public sealed partial class UsyncContentSource : IContentSource, IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    private readonly ILogger<UsyncContentSource> _logger;
    private readonly UsyncSourceOptions _options;
    private readonly ContentHealth _health;
    private readonly TimeProvider _time;
    private readonly Lock _reloadLock = new();
    private volatile ContentLibrary _library;
    private ServedContent? _served;

    // The last folder that passed with no error: a file that cannot be read now is tied to what it held then.
    private UsyncFolder? _lastGoodFolder;
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;

    public UsyncContentSource(
        IOptions<UsyncSourceOptions> options,
        IHostEnvironment environment,
        ContentHealth health,
        TimeProvider time,
        ILogger<UsyncContentSource> logger)
    {
        _logger = logger;
        _options = options.Value;
        _health = health;
        _time = time;
        Folder = UsyncFolderLocator.Resolve(_options.Path, environment.ContentRootPath);
        _library = TryRead(isReload: false)?.Library ?? new ContentLibrary([], [], [], NoLabels);
    }

    public event Action<ContentChange>? Changed;

    /// <summary>The full path of the folder being served.</summary>
    public string Folder { get; }

    /// <summary>The content being served now.</summary>
    public ContentLibrary Library => _library;

    public ValueTask<Sourced<ClinicSite?>> FindClinicByHostAsync(string host, SourceOutage outage, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Sourced.Current(_library.ClinicForHost(host)));

    public ValueTask<Sourced<IReadOnlyList<ClinicSite>>> GetClinicsAsync(SourceOutage outage, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Sourced.Current(_library.Clinics));

    public ValueTask<Sourced<Article?>> GetArticleAsync(Guid key, SourceOutage outage, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Sourced.Current(_library.Article(key)));

    public ValueTask<Sourced<IReadOnlyList<Article>>> GetArticlesAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default)
    {
        var library = _library;
        return ValueTask.FromResult(Sourced.Current<IReadOnlyList<Article>>(keys.Select(library.Article).OfType<Article>().ToList()));
    }

    public ValueTask<Sourced<IReadOnlyList<Citation>>> GetCitationsAsync(IReadOnlyCollection<Guid> keys, SourceOutage outage, CancellationToken cancellationToken = default)
    {
        var library = _library;
        return ValueTask.FromResult(Sourced.Current<IReadOnlyList<Citation>>(keys.Select(library.Citation).OfType<Citation>().ToList()));
    }

    public ValueTask<IReadOnlyDictionary<string, string>> GetDictionaryAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_library.Dictionary);

    /// <summary>Starts watching the folder; changes are reloaded once the folder has been quiet for the configured delay.</summary>
    public void StartWatching()
    {
        if (!_options.Watch || _watcher is not null)
        {
            return;
        }

        if (!Directory.Exists(Folder))
        {
            LogCannotWatch(Folder);
            return;
        }

        _debounce = new Timer(_ => ReloadOnTimer(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        _watcher.Changed += OnFileEvent;
        _watcher.Created += OnFileEvent;
        _watcher.Deleted += OnFileEvent;
        _watcher.Renamed += OnFileEvent;
        _watcher.Error += (_, e) =>
        {
            // The event buffer overflowed: some changes were missed, so read everything again.
            LogWatcherError(e.GetException().Message);
            ScheduleReload();
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Reads the folder again now; returns whether all of the new content passed and is being served.</summary>
    public bool Reload()
    {
        ServedContent? next;
        bool changed;
        lock (_reloadLock)
        {
            var before = _library;
            next = TryRead(isReload: true);
            if (next is null)
            {
                return false;
            }

            _library = next.Library;
            changed = !ReferenceEquals(before, next.Library);
        }

        if (changed)
        {
            LogReloaded(Folder, next.Library.Clinics.Count, next.Library.Articles.Count());
            Changed?.Invoke(ContentChange.All);
        }

        return next.Status == ContentStatus.Ok;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        // Editors write temporary files beside the real one; only .config files are content.
        if (e.FullPath.EndsWith(UsyncFileNames.Extension, StringComparison.OrdinalIgnoreCase)
            || (e is RenamedEventArgs r && r.OldFullPath.EndsWith(UsyncFileNames.Extension, StringComparison.OrdinalIgnoreCase))
            || Directory.Exists(e.FullPath))
        {
            ScheduleReload();
        }
    }

    private void ReloadOnTimer()
    {
        try
        {
            Reload();
        }
        catch (Exception e)
        {
            // A failing Changed subscriber must not end the process from a timer thread.
            LogReloadFailed(e);
        }
    }

    private void ScheduleReload() => _debounce?.Change(Math.Max(0, _options.ReloadDelayMilliseconds), Timeout.Infinite);

    private ServedContent? TryRead(bool isReload)
    {
        UsyncFolder folder;
        IReadOnlyList<Diagnostic> diagnostics;
        ContentLibrary candidate;
        try
        {
            folder = UsyncFolderReader.Read(Folder);
            diagnostics = UsyncValidator.Validate(folder, DateOnly.FromDateTime(_time.GetLocalNow().Date));
            candidate = UsyncLibraryReader.Read(folder);
        }
        catch (Exception e)
        {
            // Whatever a content file does to the reader, the head keeps running (on the last good content, if any) and
            // the operator reads which folder failed and why; this also runs on a timer thread, where an escaped
            // exception would end the process.
            LogUnreadable(Folder, e.Message, isReload ? KeptMessage : StartupMessage);
            return null;
        }

        foreach (var d in folder.ReadDiagnostics.Where(d => d.Severity == Severity.Warning))
        {
            LogDiagnostic(Folder, d.Location, d.Code, d.Message);
        }

        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var served = ContentGate.Admit(candidate, UsyncProblems.Attribute(folder, errors, _lastGoodFolder), _served, _time.GetUtcNow(), UsyncProblems.StandIns(folder));
        foreach (var finding in served.Findings)
        {
            var d = finding.Problem.Diagnostic;
            LogRefused(Folder, d.Location, d.Code, d.Message, finding.Clinics.Count > 0 ? string.Join(", ", finding.Clinics) : "no clinic");
        }

        if (served.Findings.Count > 0)
        {
            LogGateSummary(Folder, served.Findings.Count, string.Join(", ", served.Library.Clinics.Select(c => c.Name)), served.Withheld.Count > 0 ? string.Join(", ", served.Withheld.Keys) : "none");
        }
        else
        {
            _lastGoodFolder = folder;
        }

        _served = served;
        _health.Publish("usync", served, Folder);
        if (!isReload)
        {
            LogLoaded(Folder, served.Library.Clinics.Count, served.Library.Articles.Count(), served.Library.Citations.Count());
        }

        return served;
    }

    private const string KeptMessage = "the content loaded before is still served";
    private const string StartupMessage = "no clinic can be served until it is fixed";

    [LoggerMessage(Level = LogLevel.Information, Message = "ClinicKit is serving the uSync folder {Folder}: {Clinics} clinics, {Articles} articles, {Citations} citations")]
    private partial void LogLoaded(string folder, int clinics, int articles, int citations);

    [LoggerMessage(Level = LogLevel.Information, Message = "ClinicKit reloaded the uSync folder {Folder}: {Clinics} clinics, {Articles} articles")]
    private partial void LogReloaded(string folder, int clinics, int articles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "uSync folder {Folder}, file {File}: {Code} {Message}")]
    private partial void LogDiagnostic(string folder, string file, string code, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit did not take new content live from the uSync folder {Folder}, file {File}: {Code} {Message} (touches {Clinics})")]
    private partial void LogRefused(string folder, string file, string code, string message, string clinics);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit found {Errors} error(s) in the uSync folder {Folder} (see above): what they touch stays at its last good version; serving {Clinics}; answering 503 for {Withheld}")]
    private partial void LogGateSummary(string folder, int errors, string clinics, string withheld);

    [LoggerMessage(Level = LogLevel.Error, Message = "ClinicKit cannot read the uSync folder {Folder}: {Reason}; {Consequence}")]
    private partial void LogUnreadable(string folder, string reason, string consequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "ClinicKit reloaded the uSync folder but notifying the page cache failed")]
    private partial void LogReloadFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit cannot watch the uSync folder {Folder} because it does not exist; changes will not be reloaded")]
    private partial void LogCannotWatch(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit's watcher on the uSync folder missed changes ({Reason}); reloading everything")]
    private partial void LogWatcherError(string reason);
}
