using System.Text.Json;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>What one webhook made stale, sent to every head that shares the cache.</summary>
/// <param name="Origin">The head that sent it (a head ignores its own messages: it applied them already).</param>
/// <param name="Epoch">The invalidation epoch: entries fetched before it are stale.</param>
/// <param name="Stale">Cache entries to fetch again (the copy stays, to stand in while Umbraco fails).</param>
/// <param name="Absent">Cache entries that are now "not there" (unpublished or deleted items).</param>
/// <param name="AllStale">Everything is stale (a publish the head cannot place, for example content it has never seen).</param>
/// <param name="Everything">Drop every rendered page.</param>
/// <param name="Changed">Drop the rendered pages that show these content keys.</param>
internal sealed record InvalidationMessage(
    Guid Origin,
    long Epoch,
    IReadOnlyList<string> Stale,
    IReadOnlyList<string> Absent,
    bool AllStale,
    bool Everything,
    IReadOnlyList<Guid> Changed)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ContentChange Change => Everything ? ContentChange.All : ContentChange.Of([.. Changed]);

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static InvalidationMessage? FromBytes(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<InvalidationMessage>(bytes, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>How heads tell each other about invalidations, and the epoch they all count in.</summary>
internal interface IInvalidationBus
{
    /// <summary>Raised for messages from other heads.</summary>
    event Action<InvalidationMessage>? Received;

    /// <summary>Raised when messages may have been lost (the subscription broke and came back).</summary>
    event Action? MayHaveMissed;

    Guid Self { get; }

    /// <summary>Whether content is shared with other heads (Redis), rather than kept by this head alone.</summary>
    bool IsShared { get; }

    ValueTask<long> CurrentEpochAsync();

    ValueTask<long> NextEpochAsync();

    ValueTask PublishAsync(InvalidationMessage message);
}

/// <summary>One head on its own: the epoch is a counter in memory and there is nobody to tell.</summary>
internal sealed class LocalInvalidationBus : IInvalidationBus
{
    private long _epoch;

    public event Action<InvalidationMessage>? Received
    {
        add { }
        remove { }
    }

    public event Action? MayHaveMissed
    {
        add { }
        remove { }
    }

    public Guid Self { get; } = Guid.NewGuid();

    public bool IsShared => false;

    public ValueTask<long> CurrentEpochAsync() => ValueTask.FromResult(Interlocked.Read(ref _epoch));

    public ValueTask<long> NextEpochAsync() => ValueTask.FromResult(Interlocked.Increment(ref _epoch));

    public ValueTask PublishAsync(InvalidationMessage message) => ValueTask.CompletedTask;
}
