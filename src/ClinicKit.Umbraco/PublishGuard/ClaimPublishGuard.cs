using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace ClinicKit.Umbraco.PublishGuard;

/// <summary>
/// Refuses to publish an article, or a clinic article, whose claims are not substantiated: a claim that cites nothing,
/// or cites a citation that is missing, unpublished or in the recycle bin; a clinic article whose library article is
/// missing, unpublished or unsubstantiated. Findings that are warnings in ClinicKit's claim rules (an overdue review, a
/// claim on limited evidence without a qualifier, a medical claim in plain text) are shown without refusing.
/// </summary>
/// <remarks>
/// The rules are <see cref="GuardChecks"/>. While a uSync import runs (<see cref="ImportWindow"/>), findings that depend
/// on another document do not refuse the publish: uSync publishes each item as it reads it, before the documents it
/// refers to; <see cref="ImportRecheck"/> checks those items again when the import completes. Findings about the
/// document alone (a claim citing nothing, a body that cannot be read) refuse it, import or not.
/// </remarks>
public sealed class ClaimPublishGuard : INotificationHandler<ContentPublishingNotification>
{
    private readonly IContentService _contentService;
    private readonly IOptionsMonitor<ClinicKitClaimsSettings> _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ImportWindow _importWindow;
    private readonly ILogger<ClaimPublishGuard> _logger;

    public ClaimPublishGuard(
        IContentService contentService,
        IOptionsMonitor<ClinicKitClaimsSettings> settings,
        TimeProvider timeProvider,
        ImportWindow importWindow,
        ILogger<ClaimPublishGuard> logger)
    {
        _contentService = contentService;
        _settings = settings;
        _timeProvider = timeProvider;
        _importWindow = importWindow;
        _logger = logger;
    }

    public void Handle(ContentPublishingNotification notification)
    {
        var batch = notification.PublishedEntities.ToList();
        var settings = _settings.CurrentValue;
        var lookup = new DocumentLookup(_contentService, batch);
        var today = DateOnly.FromDateTime(_timeProvider.GetLocalNow().DateTime);
        foreach (var content in batch.Where(GuardChecks.IsGuarded))
        {
            var importing = _importWindow.TryRemember(content.Key);
            foreach (var finding in CheckSafely(content, lookup, today, settings.ToClaimOptions()))
            {
                if (importing && finding.CrossItem && finding.Severity == Severity.Error)
                {
                    Defer(notification, content, finding);
                }
                else
                {
                    Report(notification, content, finding, settings);
                }
            }
        }
    }

    private IReadOnlyList<GuardFinding> CheckSafely(IContent content, DocumentLookup lookup, DateOnly today, ClaimOptions options)
    {
        try
        {
            return GuardChecks.Check(content, published: false, lookup, today, options).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug here must not turn into an unexplained publishing error; say what could not be checked instead.
            _logger.LogError(e, "ClinicKit could not check the claims of {Name} ({Key})", content.Name, content.Key);
            return [new GuardFinding(null, Severity.Error, $"ClinicKit could not check the claims of \"{content.Name}\" ({e.Message}).", CrossItem: false)];
        }
    }

    private static void Report(ContentPublishingNotification notification, IContent content, GuardFinding finding, ClinicKitClaimsSettings settings)
    {
        var message = finding.Code is null ? finding.Message : $"{finding.Message} ({finding.Code})";
        if (finding.Severity == Severity.Error && settings.BlockPublishing)
        {
            notification.CancelOperation(new EventMessage(Title(content), message, EventMessageType.Error));
            return;
        }

        // Stryker disable once Conditional : equivalent today, no claim rule reports at Info
        var type = finding.Severity == Severity.Info ? EventMessageType.Info : EventMessageType.Warning;
        notification.Messages.Add(new EventMessage(Title(content), message, type));
    }

    private static void Defer(ContentPublishingNotification notification, IContent content, GuardFinding finding) =>
        notification.Messages.Add(new EventMessage(Title(content),
            $"{finding.Message} ({finding.Code}) A uSync import is running: ClinicKit checks this page again when the import completes and unpublishes it if this is still so.",
            EventMessageType.Warning));

    private static string Title(IContent content) => $"ClinicKit: {content.Name}";
}
