using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

public sealed partial class DeliveryApiContentSource
{
    /// <summary>Applies an Umbraco webhook: marks exactly what it affects stale (here, in the shared cache, and on every
    /// other head), and drops the rendered pages that show it.</summary>
    /// <remarks>
    /// A published item this head knows is fetched again when next needed (its old copy stays as a stand-in); a clinic
    /// article also refreshes its clinic's list of pages. An unpublished or deleted item becomes "not there" at once. A
    /// published item the head has never seen cannot be placed from its key alone (a newly published citation may be one an
    /// article already picks, which the Delivery API left out while it was unpublished), so everything is checked again,
    /// lazily, with the old copies kept as stand-ins: rare, and safe.
    /// </remarks>
    internal async Task<WebhookOutcome> ApplyWebhookAsync(string eventAlias, Guid id, string? contentType, Guid? startItemId)
    {
        var entry = await _store.PeekAsync(EntryKeys.Item(id));
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
                if (known is null && type != DocumentTypes.ClinicArticle.Alias && type != DocumentTypes.ClinicSite.Alias)
                {
                    everything = true;
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

        if (type == DocumentTypes.ClinicArticle.Alias && root is { } clinic && clinic != id)
        {
            // The clinic's list of pages (slugs, order, which exist) comes from its children query.
            stale.Add(EntryKeys.Children(clinic));
            changed.Add(clinic);
        }
        else if (type == DocumentTypes.ClinicSite.Alias)
        {
            // Which root each configured Start-Item names (a root republished, or renamed to a new URL segment).
            stale.Add(EntryKeys.Clinics);
            stale.AddRange(_hosts.Values.Distinct(StringComparer.OrdinalIgnoreCase).Select(EntryKeys.Root));
        }

        var change = everything ? ContentChange.All : ContentChange.Of([.. changed]);
        await _store.InvalidateAsync(stale, absent, everything, change);
        LogWebhook(eventAlias, id, type ?? "unknown", everything ? "everything" : string.Join(", ", stale.Concat(absent)));
        Changed?.Invoke(change);

        // A page that was rendering from the old content when the webhook arrived may be stored after this eviction;
        // dropping the same pages once more a moment later catches it.
        _ = Task.Delay(ReEvictDelay).ContinueWith(_ => Changed?.Invoke(change), TaskScheduler.Default);
        return new WebhookOutcome(eventAlias, id, Applied: true, everything, [.. stale, .. absent]);
    }

    private static readonly TimeSpan ReEvictDelay = TimeSpan.FromSeconds(2);

    [LoggerMessage(Level = LogLevel.Information, Message = "Umbraco webhook {Event} for {Id} ({ContentType}): refreshing {Entries}")]
    private partial void LogWebhook(string @event, Guid id, string contentType, string entries);
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
