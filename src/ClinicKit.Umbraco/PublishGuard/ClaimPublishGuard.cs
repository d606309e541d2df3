using System.Text.Json;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace ClinicKit.Umbraco.PublishGuard;

/// <summary>
/// Refuses to publish an article, or a clinic article, whose claims are not substantiated: a claim that cites nothing,
/// or cites a citation that is missing, unpublished or in the recycle bin. Findings that are warnings in ClinicKit's
/// claim rules (an overdue review, a claim on limited evidence without a qualifier) are shown without refusing.
/// </summary>
/// <remarks>
/// The rules are ClinicKit.Content's <see cref="ClaimChecker"/> (the same code behind <c>clinickit validate</c>); this class
/// only finds the values in Umbraco. A clinic article shows its library article's body on the clinic's site, so publishing
/// it checks that article's published claims, and refuses when the library article is missing or not published.
/// </remarks>
public sealed class ClaimPublishGuard : INotificationHandler<ContentPublishingNotification>
{
    private readonly IContentService _contentService;
    private readonly IOptionsMonitor<ClinicKitClaimsSettings> _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ClaimPublishGuard> _logger;

    public ClaimPublishGuard(
        IContentService contentService,
        IOptionsMonitor<ClinicKitClaimsSettings> settings,
        TimeProvider timeProvider,
        ILogger<ClaimPublishGuard> logger)
    {
        _contentService = contentService;
        _settings = settings;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public static bool IsGuarded(IContent content) =>
        content.ContentType.Alias == DocumentTypes.Article.Alias || content.ContentType.Alias == DocumentTypes.ClinicArticle.Alias;

    public void Handle(ContentPublishingNotification notification)
    {
        var batch = notification.PublishedEntities.ToList();
        if (!batch.Any(IsGuarded))
        {
            return;
        }

        var settings = _settings.CurrentValue;
        var lookup = new DocumentLookup(_contentService, batch);
        var today = DateOnly.FromDateTime(_timeProvider.GetLocalNow().DateTime);
        foreach (var content in batch.Where(IsGuarded))
        {
            foreach (var finding in CheckSafely(content, lookup, today, settings.ToClaimOptions()))
            {
                Report(notification, content, finding, settings);
            }
        }
    }

    private IReadOnlyList<GuardFinding> CheckSafely(IContent content, DocumentLookup lookup, DateOnly today, ClaimOptions options)
    {
        try
        {
            return Check(content, lookup, today, options).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug here must not turn into an unexplained publishing error; say what could not be checked instead.
            _logger.LogError(e, "ClinicKit could not check the claims of {Name} ({Key})", content.Name, content.Key);
            return [new GuardFinding(null, Severity.Error, $"ClinicKit could not check the claims of \"{content.Name}\" ({e.Message}).")];
        }
    }

    private static IEnumerable<GuardFinding> Check(IContent content, DocumentLookup lookup, DateOnly today, ClaimOptions options) =>
        content.ContentType.Alias == DocumentTypes.ClinicArticle.Alias
            ? CheckClinicArticle(content, lookup, today, options)
            : CheckArticle(content, published: false, "", lookup, today, options);

    /// <summary>The claims in an article's body: the draft being published, or (for a clinic article's library article) the published version.</summary>
    private static IEnumerable<GuardFinding> CheckArticle(IContent article, bool published, string prefix, DocumentLookup lookup, DateOnly today, ClaimOptions options)
    {
        foreach (var culture in ContentValues.Cultures(article, Props.Body, published))
        {
            var where = prefix + (culture is null ? "" : $"[{culture}] ");
            if (!TryReadBody(article, culture, published, out var body, out var error))
            {
                yield return new GuardFinding(DiagnosticCodes.InvalidJson.Code, Severity.Error,
                    $"{where}The \"{Props.Body}\" property of \"{article.Name}\" is not a block list ClinicKit can read ({error}), so its claims cannot be checked. Open the article, fix or re-create its body, and publish again.");
                continue;
            }

            var findings = ClaimChecker.Check(
                ClaimReader.Read(body),
                lookup.Citation,
                ContentValues.Review(article, culture, published),
                today,
                options,
                treatment: ContentValues.Text(article, Props.Treatment, culture, published));
            foreach (var finding in findings)
            {
                yield return new GuardFinding(finding.Code, finding.Severity, where + finding.Message);
            }
        }
    }

    private static IEnumerable<GuardFinding> CheckClinicArticle(IContent clinicArticle, DocumentLookup lookup, DateOnly today, ClaimOptions options)
    {
        var picked = Udis.ParsePicked(ContentValues.Text(clinicArticle, Props.Article, null, published: false)).FirstOrDefault();
        if (picked is null)
        {
            yield return new GuardFinding(DiagnosticCodes.LibraryArticleMissing.Code, Severity.Error,
                "No library article is picked. Pick the article from the library that this page shows.");
            yield break;
        }

        var article = picked.Key is { } key ? lookup.Find(key) : null;
        if (article is null || article.ContentType.Alias != DocumentTypes.Article.Alias)
        {
            yield return new GuardFinding(DiagnosticCodes.LibraryArticleMissing.Code, Severity.Error,
                $"The library article {picked.Raw} does not exist. Pick an existing library article.");
            yield break;
        }

        var beingPublished = lookup.IsBeingPublished(article.Key);
        if (article.Trashed || (!article.Published && !beingPublished))
        {
            yield return new GuardFinding(DiagnosticCodes.LibraryArticleUnpublished.Code, Severity.Error,
                $"The library article \"{article.Name}\" is {(article.Trashed ? "in the recycle bin" : "not published")}. Publish it first, or pick another.");
            yield break;
        }

        foreach (var finding in CheckArticle(article, published: !beingPublished, $"Library article \"{article.Name}\": ", lookup, today, options))
        {
            yield return finding;
        }
    }

    private static bool TryReadBody(IContent article, string? culture, bool published, out BlockValue body, out string? error)
    {
        try
        {
            return BlockValueJson.TryParse(ContentValues.Text(article, Props.Body, culture, published), out body, out error);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            // BlockValueJson reports most malformed values itself; a member of the wrong JSON type can still throw.
            body = BlockValue.Empty;
            error = e.Message;
            return false;
        }
    }

    private static void Report(ContentPublishingNotification notification, IContent content, GuardFinding finding, ClinicKitClaimsSettings settings)
    {
        var title = $"ClinicKit: {content.Name}";
        var message = finding.Code is null ? finding.Message : $"{finding.Message} ({finding.Code})";
        if (finding.Severity == Severity.Error && settings.BlockPublishing)
        {
            notification.CancelOperation(new EventMessage(title, message, EventMessageType.Error));
            return;
        }

        var type = finding.Severity == Severity.Info ? EventMessageType.Info : EventMessageType.Warning;
        notification.Messages.Add(new EventMessage(title, message, type));
    }

    private sealed record GuardFinding(string? Code, Severity Severity, string Message);
}
