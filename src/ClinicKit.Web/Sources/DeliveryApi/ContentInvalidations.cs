using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>What changes the Delivery API source's content: an Umbraco webhook on this head, or another head's invalidation
/// over the channel. Marks the cache entries stale or absent and tells the head which content changed (<see cref="Changed"/>,
/// which the source raises as its own).</summary>
internal sealed partial class ContentInvalidations
{
    private readonly ContentCache _cache;
    private readonly InvalidationChannel _channel;
    private readonly ILogger<ContentInvalidations> _logger;

    public ContentInvalidations(ContentCache cache, InvalidationChannel channel, ILogger<ContentInvalidations> logger)
    {
        _cache = cache;
        _channel = channel;
        _logger = logger;
        channel.Received += message => _ = ApplyLoggingErrorsAsync(message);
        channel.MayHaveMissed += () => _ = ApplyLoggingErrorsAsync(new InvalidationMessage(channel.Self, [EntryKeys.FreshTag], [], Everything: true, []));
    }

    public event Action<ContentChange>? Changed;

    /// <summary>Applies an Umbraco webhook: marks exactly what it affects stale (here, in the shared cache, and on every
    /// other head), and drops the rendered pages that show it.</summary>
    /// <remarks>
    /// A published item this head knows is fetched again when next needed (its old copy stays as a stand-in); a clinic
    /// article also refreshes its clinic's list of pages. An unpublished or deleted item becomes "not there" at once. A
    /// published item the head has never seen cannot be placed from its key alone (a newly published citation may be one an
    /// article already picks, which the Delivery API left out while it was unpublished), so everything is checked again,
    /// lazily, with the old copies kept as stand-ins: rare, and safe.
    /// </remarks>
    public async Task<WebhookOutcome> ApplyWebhookAsync(string eventAlias, Guid id, string? contentType, Guid? startItemId)
    {
        var entry = await _cache.GetLastGoodAsync(EntryKeys.Item(id));
        var known = entry is { IsAbsent: false } ? ApiItem.FromJson(entry.Payload) : null;
        var type = known?.ContentType ?? contentType;
        var root = known?.StartItemId ?? startItemId;
        var stale = new List<string>();
        var absent = new List<string>();
        var changed = new List<Guid> { id };
        var everything = false;
        switch (eventAlias)
        {
            case WebhookEvents.Publish:
                if (known is null && type != DocumentTypes.ClinicArticle.Alias && type != DocumentTypes.ClinicSite.Alias && !PatientPageReader.IsPatientPage(type))
                {
                    everything = true;
                    stale.Add(EntryKeys.FreshTag);
                    break;
                }

                stale.Add(EntryKeys.Item(id));
                break;
            case WebhookEvents.Unpublish or WebhookEvents.Delete:
                absent.Add(EntryKeys.Item(id));
                break;
            default:
                return new WebhookOutcome(eventAlias, id, Applied: false, Everything: false, []);
        }

        if ((type == DocumentTypes.ClinicArticle.Alias || PatientPageReader.IsPatientPage(type)) && root is { } clinic && clinic != id)
        {
            // The clinic's list of pages (slugs, order, which exist) comes from its children query; a treatment, contact or
            // legal page is also in every page's navigation or footer, so the clinic's pages all change.
            stale.Add(EntryKeys.Children(clinic));
            changed.Add(clinic);
        }
        else if (type == DocumentTypes.ClinicSite.Alias)
        {
            // Which root each configured Start-Item names (a root republished, or renamed to a new URL segment).
            stale.Add(EntryKeys.Clinics);
            stale.Add(EntryKeys.RootsTag);
        }

        var message = new InvalidationMessage(_channel.Self, stale, absent, everything, everything ? [] : changed);
        await ApplyAsync(message);
        await _channel.PublishAsync(message);
        LogWebhook(eventAlias, id, type ?? "unknown", everything ? "everything" : string.Join(", ", stale.Concat(absent)));
        return new WebhookOutcome(eventAlias, id, Applied: true, everything, [.. stale, .. absent]);
    }

    /// <summary>Applies an invalidation (this head's webhook or another head's) to this head's cache and pages.</summary>
    /// <remarks>A fetch or a page that was in flight when the invalidation arrived may be stored after it, with what Umbraco
    /// said before; making the same entries and pages stale once more a moment later catches it (and purges a CDN that fetched
    /// that page meanwhile). A <paramref name="relayed"/> change came from another head, which told the CDN itself.</remarks>
    private async Task ApplyAsync(InvalidationMessage message, bool relayed = false)
    {
        var change = relayed ? message.Change with { Relayed = true } : message.Change;
        await _cache.MarkStaleAsync(message.Stale);
        await Task.WhenAll(message.Absent.Select(key => _cache.PutAsync(key, [])));
        Changed?.Invoke(change);
        _ = Task.Delay(ReEvictDelay).ContinueWith(
            async _ =>
            {
                await _cache.MarkStaleAsync(message.Stale);
                Changed?.Invoke(change);
            },
            TaskScheduler.Default).Unwrap();
    }

    private async Task ApplyLoggingErrorsAsync(InvalidationMessage message)
    {
        try
        {
            await ApplyAsync(message, relayed: true);
        }
        catch (Exception e)
        {
            LogInvalidationFailed(e);
        }
    }

    private static readonly TimeSpan ReEvictDelay = TimeSpan.FromSeconds(2);

    [LoggerMessage(Level = LogLevel.Information, Message = "Umbraco webhook {Event} for {Id} ({ContentType}): refreshing {Entries}")]
    private partial void LogWebhook(string @event, Guid id, string contentType, string entries);

    [LoggerMessage(Level = LogLevel.Error, Message = "ClinicKit could not apply another head's invalidation")]
    private partial void LogInvalidationFailed(Exception e);
}

/// <summary>The Umbraco 17 webhook events the head acts on (<c>Constants.WebhookEvents.Aliases</c>, sent in <c>Umb-Webhook-Event</c>).</summary>
internal static class WebhookEvents
{
    public const string Publish = "Umbraco.ContentPublish";
    public const string Unpublish = "Umbraco.ContentUnpublish";
    public const string Delete = "Umbraco.ContentDelete";
}

/// <summary>What a webhook did: the entries it made stale or absent, or that it refreshed everything.</summary>
internal sealed record WebhookOutcome(string Event, Guid Id, bool Applied, bool Everything, IReadOnlyList<string> Entries);
