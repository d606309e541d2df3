using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>What the head knows from Umbraco: entries in memory (this head), optionally backed by a cache several heads share
/// (Redis), with invalidations that reach every head.</summary>
/// <remarks>
/// <para>An entry is <b>fresh</b> while it is younger than <c>FreshSeconds</c> and no invalidation newer than the fetch has
/// named it; a stale entry is still <b>usable</b> for <c>StaleSeconds</c> as the last good copy when Umbraco fails.</para>
/// <para>Invalidations are ordered by an epoch (a Redis counter when shared): a fetch records the epoch seen before it asked
/// Umbraco, and an invalidation takes the next one. So a fetch that started before a webhook and finished after it stores
/// an entry the webhook's epoch already makes stale, on this head and on every other; a plain "delete the key" would let
/// that late write pass old content off as new.</para>
/// <para>Other heads learn of an invalidation from the bus (Redis pub/sub) and mark their in-memory copies stale; the epoch
/// markers are also written to the shared cache, so a head that starts later, or reads an entry another head wrote,
/// checks it against them. A head whose subscription broke treats everything it holds in memory as unchecked.</para>
/// </remarks>
internal sealed partial class ContentStore
{
    private const string AllMarker = "inv:*";

    private readonly ConcurrentDictionary<string, Held> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _markers = new(StringComparer.Ordinal);
    private readonly IDistributedCache? _shared;
    private readonly IInvalidationBus _bus;
    private readonly TimeProvider _time;
    private readonly ILogger<ContentStore> _logger;
    private readonly string _prefix;
    private readonly long _freshMs;
    private readonly long _staleMs;
    private long _allMarker;
    private int _sharedFailing;
    private long _skipSharedUntil;

    public ContentStore(IOptions<DeliveryApiOptions> options, IInvalidationBus bus, TimeProvider time, ILogger<ContentStore> logger, IDistributedCache? shared = null)
    {
        _bus = bus;
        _time = time;
        _logger = logger;
        _shared = bus.IsShared ? shared : null;
        _prefix = options.Value.Preview ? "preview:" : "live:";
        _freshMs = options.Value.FreshSeconds * 1000L;
        _staleMs = options.Value.StaleSeconds * 1000L;
        bus.Received += ApplyRemote;
        bus.MayHaveMissed += Reset;
    }

    /// <summary>Rendered pages to drop because another head (or a lost subscription) says content changed.</summary>
    public event Action<ContentChange>? Changed;

    private long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>The entry, if one is still usable, and whether it is fresh.</summary>
    public async ValueTask<Found?> GetAsync(string key)
    {
        var now = Now;
        _entries.TryGetValue(key, out var held);
        if (held is not null && IsFresh(key, held, now))
        {
            return new Found(held, true);
        }

        if (_shared is not null)
        {
            var remote = await ReadSharedAsync(key);
            if (remote is not null && (held is null || remote.FetchedAtMs >= held.Entry.FetchedAtMs))
            {
                held = new Held(remote);
                _entries[key] = held;
            }
        }

        if (held is null || now - held.Entry.FetchedAtMs > _staleMs)
        {
            return null;
        }

        return new Found(held, IsFresh(key, held, now));
    }

    /// <summary>The entry in any state (for deciding what a webhook affects), or null when this head has never seen it.</summary>
    public async ValueTask<StoredEntry?> PeekAsync(string key) =>
        _entries.TryGetValue(key, out var held) ? held.Entry
        : _shared is not null ? await ReadSharedAsync(key)
        : null;

    /// <summary>What this head holds in memory for the key, in any state, without asking anyone.</summary>
    public Held? PeekLocal(string key) => _entries.GetValueOrDefault(key);

    /// <summary>The epoch to record for a fetch that is about to start.</summary>
    public ValueTask<long> EpochAsync() => _bus.CurrentEpochAsync();

    public async ValueTask<IReadOnlyDictionary<string, Held>> PutAsync(IEnumerable<KeyValuePair<string, byte[]>> entries, long epoch)
    {
        var now = Now;
        var stored = new Dictionary<string, Held>(StringComparer.Ordinal);
        var writes = new List<Task>();
        foreach (var (key, payload) in entries)
        {
            var entry = new StoredEntry(payload, epoch, now);

            // A tombstone a webhook wrote with a later epoch wins over content a slower fetch brings back (unless invalidations
            // may have been missed since, when epochs before and after are not comparable).
            var held = _entries.AddOrUpdate(key, _ => new Held(entry), (_, old) =>
                old.Entry.IsAbsent && old.Entry.Epoch > epoch && !old.Unchecked ? old : new Held(entry));
            stored[key] = held;
            if (_shared is not null)
            {
                writes.Add(WriteSharedAsync(key, entry.ToBytes()));
            }
        }

        await Task.WhenAll(writes);
        return stored;
    }

    /// <summary>Applies an invalidation here and in the shared cache, and tells the other heads.</summary>
    public async ValueTask<InvalidationMessage> InvalidateAsync(IReadOnlyList<string> stale, IReadOnlyList<string> absent, bool allStale, ContentChange change)
    {
        var epoch = await _bus.NextEpochAsync();
        var message = new InvalidationMessage(_bus.Self, epoch, stale, absent, allStale, change.Everything, [.. change.Keys]);
        ApplyLocally(message);
        if (_shared is not null)
        {
            var marker = Encoding.UTF8.GetBytes(epoch.ToString(CultureInfo.InvariantCulture));
            var writes = stale.Concat(absent).Select(key => WriteSharedAsync("inv:" + key, marker)).ToList();
            writes.AddRange(absent.Select(key => WriteSharedAsync(key, new StoredEntry([], epoch, Now).ToBytes())));
            if (allStale)
            {
                writes.Add(WriteSharedAsync(AllMarker, marker));
            }

            await Task.WhenAll(writes);
        }

        await _bus.PublishAsync(message);
        return message;
    }

    private void ApplyRemote(InvalidationMessage message)
    {
        ApplyLocally(message);
        Changed?.Invoke(message.Change);
    }

    private void ApplyLocally(InvalidationMessage message)
    {
        foreach (var key in message.Stale.Concat(message.Absent))
        {
            _markers.AddOrUpdate(key, message.Epoch, (_, old) => Math.Max(old, message.Epoch));
        }

        foreach (var key in message.Absent)
        {
            _entries[key] = new Held(new StoredEntry([], message.Epoch, Now));
        }

        if (message.AllStale)
        {
            InterlockedMax(ref _allMarker, message.Epoch);
        }
    }

    /// <summary>Invalidations may have been missed: nothing held in memory is trusted until checked again (the copies stay as
    /// stand-ins), and every rendered page goes.</summary>
    private void Reset()
    {
        foreach (var held in _entries.Values)
        {
            held.Unchecked = true;
        }

        // Epochs counted while the shared counter was unreachable are not comparable with the shared ones.
        _markers.Clear();
        Interlocked.Exchange(ref _allMarker, 0);
        Changed?.Invoke(ContentChange.All);
    }

    private bool IsFresh(string key, Held held, long now) =>
        !held.Unchecked
        && now - held.Entry.FetchedAtMs < _freshMs
        && held.Entry.Epoch >= Math.Max(_markers.GetValueOrDefault(key), Interlocked.Read(ref _allMarker));

    /// <summary>The shared entry, after taking in the invalidation markers stored beside it.</summary>
    private async Task<StoredEntry?> ReadSharedAsync(string key)
    {
        var entry = ReadRawAsync(key);
        var marker = ReadRawAsync("inv:" + key);
        var all = ReadRawAsync(AllMarker);
        await Task.WhenAll(entry, marker, all);
        if (Epoch(await marker) is { } m)
        {
            _markers.AddOrUpdate(key, m, (_, old) => Math.Max(old, m));
        }

        if (Epoch(await all) is { } a)
        {
            InterlockedMax(ref _allMarker, a);
        }

        return StoredEntry.FromBytes(await entry);
    }

    private async Task<byte[]?> ReadRawAsync(string key)
    {
        if (SkippingShared)
        {
            return null;
        }

        try
        {
            var value = await _shared!.GetAsync(_prefix + key);
            SharedRecovered();
            return value;
        }
        catch (Exception e)
        {
            SharedFailed(e);
            return null;
        }
    }

    private async Task WriteSharedAsync(string key, byte[] value)
    {
        if (SkippingShared)
        {
            return;
        }

        try
        {
            await _shared!.SetAsync(_prefix + key, value, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(Math.Max(1000, _staleMs)) });
            SharedRecovered();
        }
        catch (Exception e)
        {
            SharedFailed(e);
        }
    }

    /// <summary>After a failure the shared cache is left alone for a few seconds, so a Redis that hangs costs one timeout,
    /// not one per lookup.</summary>
    private bool SkippingShared => Now < Interlocked.Read(ref _skipSharedUntil);

    private void SharedFailed(Exception e)
    {
        Interlocked.Exchange(ref _skipSharedUntil, Now + 5000);
        if (Interlocked.Exchange(ref _sharedFailing, 1) == 0)
        {
            LogSharedFailed(e.Message);
        }
    }

    private void SharedRecovered()
    {
        if (Interlocked.Exchange(ref _sharedFailing, 0) == 1)
        {
            LogSharedRecovered();
        }
    }

    private static long? Epoch(byte[]? bytes) =>
        bytes is not null && long.TryParse(Encoding.UTF8.GetString(bytes), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch) ? epoch : null;

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ClinicKit cannot use the shared Redis cache ({Reason}); this head serves what it holds in memory until Redis is back")]
    private partial void LogSharedFailed(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "ClinicKit is using the shared Redis cache again")]
    private partial void LogSharedRecovered();

    /// <summary>An entry held in memory, with what it was mapped to (parsed once, read by every page that needs it).</summary>
    internal sealed class Held(StoredEntry entry)
    {
        private ConcurrentDictionary<Type, object>? _mapped;

        public StoredEntry Entry { get; } = entry;

        /// <summary>Set when invalidations may have been missed: the entry must be checked against Umbraco before it is trusted.</summary>
        public bool Unchecked { get; set; }

        /// <summary>The entry mapped to a <typeparamref name="T"/>, computed once (a race computes it twice, harmlessly).</summary>
        public T Mapped<T>(Func<StoredEntry, T> map) where T : class
        {
            var mapped = _mapped ?? Interlocked.CompareExchange(ref _mapped, new ConcurrentDictionary<Type, object>(), null) ?? _mapped;
            return (T)mapped.GetOrAdd(typeof(T), _ => map(Entry));
        }
    }

    internal sealed record Found(Held Held, bool IsFresh);
}
