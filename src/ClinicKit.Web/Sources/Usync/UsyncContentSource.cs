using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sources.Usync;

/// <summary>Serves a uSync folder read into memory, and reloads it when its files change.</summary>
/// <remarks>A reload that finds a broken file keeps the last good content and logs why: a half-saved file must not take
/// every clinic down. At startup there is nothing older to keep, so whatever could be read is served.</remarks>
public sealed partial class UsyncContentSource : IContentSource, IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    private readonly ILogger<UsyncContentSource> _logger;
    private readonly UsyncSourceOptions _options;
    private readonly Lock _reloadLock = new();
    private volatile ContentLibrary _library;
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;

    public UsyncContentSource(IOptions<UsyncSourceOptions> options, IHostEnvironment environment, ILogger<UsyncContentSource> logger)
    {
        _logger = logger;
        _options = options.Value;
        Folder = UsyncFolderLocator.Resolve(_options.Path, environment.ContentRootPath);
        _library = TryRead(isReload: false) ?? new ContentLibrary([], [], [], NoLabels);
    }

    public event Action<ContentChange>? Changed;

    /// <summary>The full path of the folder being served.</summary>
    public string Folder { get; }

    /// <summary>The content being served now.</summary>
    public ContentLibrary Library => _library;

    public ValueTask<ClinicSite?> FindClinicByHostAsync(string host, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_library.ClinicForHost(host));

    public ValueTask<IReadOnlyList<ClinicSite>> GetClinicsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_library.Clinics);

    public ValueTask<Article?> GetArticleAsync(Guid key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_library.Article(key));

    public ValueTask<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        var library = _library;
        return ValueTask.FromResult<IReadOnlyList<Article>>(keys.Select(library.Article).OfType<Article>().ToList());
    }

    public ValueTask<IReadOnlyList<Citation>> GetCitationsAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken = default)
    {
        var library = _library;
        return ValueTask.FromResult<IReadOnlyList<Citation>>(keys.Select(library.Citation).OfType<Citation>().ToList());
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

    /// <summary>Reads the folder again now; returns whether the new content is being served.</summary>
    public bool Reload()
    {
        ContentLibrary? next;
        lock (_reloadLock)
        {
            next = TryRead(isReload: true);
            if (next is null)
            {
                return false;
            }

            _library = next;
        }

        LogReloaded(Folder, next.Clinics.Count, next.Articles.Count());
        Changed?.Invoke(ContentChange.All);
        return true;
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

    private ContentLibrary? TryRead(bool isReload)
    {
        UsyncFolder folder;
        ContentLibrary library;
        try
        {
            folder = UsyncFolderReader.Read(Folder);
            library = UsyncLibraryReader.Read(folder);
        }
        catch (Exception e)
        {
            // Whatever a content file does to the reader, the head keeps running (on the last good content, if any) and
            // the operator reads which folder failed and why; this also runs on a timer thread, where an escaped
            // exception would end the process.
            LogUnreadable(Folder, e.Message, isReload ? KeptMessage : StartupMessage);
            return null;
        }

        var errors = folder.ReadDiagnostics.Where(d => d.Severity == Severity.Error).ToList();
        foreach (var d in folder.ReadDiagnostics.Where(d => d.Severity != Severity.Error))
        {
            LogDiagnostic(LogLevel.Warning, Folder, d.Location, d.Code, d.Message);
        }

        foreach (var d in errors)
        {
            LogDiagnostic(LogLevel.Error, Folder, d.Location, d.Code, d.Message);
        }

        if (errors.Count > 0 && isReload)
        {
            LogKeptLastGood(Folder, errors.Count);
            return null;
        }

        if (!isReload)
        {
            LogLoaded(Folder, library.Clinics.Count, library.Articles.Count(), library.Citations.Count());
        }

        return library;
    }

    private const string KeptMessage = "the content loaded before is still served";
    private const string StartupMessage = "no clinic can be served until it is fixed";

    [LoggerMessage(Level = LogLevel.Information, Message = "ClinicKit is serving the uSync folder {Folder}: {Clinics} clinics, {Articles} articles, {Citations} citations")]
    private partial void LogLoaded(string folder, int clinics, int articles, int citations);

    [LoggerMessage(Level = LogLevel.Information, Message = "ClinicKit reloaded the uSync folder {Folder}: {Clinics} clinics, {Articles} articles")]
    private partial void LogReloaded(string folder, int clinics, int articles);

    [LoggerMessage(Message = "uSync folder {Folder}, file {File}: {Code} {Message}")]
    private partial void LogDiagnostic(LogLevel level, string folder, string file, string code, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit did not reload the uSync folder {Folder}: {Errors} file(s) could not be read (see above); the content loaded before is still served")]
    private partial void LogKeptLastGood(string folder, int errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "ClinicKit cannot read the uSync folder {Folder}: {Reason}; {Consequence}")]
    private partial void LogUnreadable(string folder, string reason, string consequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "ClinicKit reloaded the uSync folder but notifying the page cache failed")]
    private partial void LogReloadFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit cannot watch the uSync folder {Folder} because it does not exist; changes will not be reloaded")]
    private partial void LogCannotWatch(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit's watcher on the uSync folder missed changes ({Reason}); reloading everything")]
    private partial void LogWatcherError(string reason);
}
