using ClinicKit.Content.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace ClinicKit.Umbraco.PublishGuard;

/// <summary>
/// After a uSync import: checks every article and clinic article the import published, now that every document it
/// brings exists, and unpublishes each that still breaks a rule (a claim citing a citation that really is missing, a
/// clinic article whose library article is not published) with a warning in the log. The page then shows as
/// unpublished in the backoffice, where its Claims tab names the missing source.
/// </summary>
public sealed class ImportRecheck
{
    private readonly IContentService _contentService;
    private readonly IOptionsMonitor<ClinicKitClaimsSettings> _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<ImportRecheck> _logger;

    public ImportRecheck(IContentService contentService, IOptionsMonitor<ClinicKitClaimsSettings> settings, TimeProvider time, ILogger<ImportRecheck> logger)
    {
        _contentService = contentService;
        _settings = settings;
        _time = time;
        _logger = logger;
    }

    /// <summary>Checks the documents and returns the keys of those it unpublished.</summary>
    public IReadOnlyList<Guid> Run(IReadOnlyCollection<Guid> published)
    {
        var settings = _settings.CurrentValue;
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);

        // Library articles first: a clinic article shows its library article, so unpublishing one fails the clinic articles that pick it.
        var documents = published
            .Select(_contentService.GetById)
            .OfType<IContent>()
            .Where(c => c.Published && !c.Trashed && GuardChecks.IsGuarded(c))
            .OrderBy(GuardChecks.IsClinicArticle)
            .ToList();

        var unpublished = new List<Guid>();
        foreach (var document in documents)
        {
            try
            {
                if (Recheck(document, settings, today))
                {
                    unpublished.Add(document.Key);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _logger.LogError(e, "ClinicKit could not check \"{Name}\" ({Key}) after the uSync import; check it in the Claims tab", document.Name, document.Key);
            }
        }

        _logger.LogInformation("ClinicKit checked {Count} article(s) published by the uSync import; {Unpublished} unpublished", documents.Count, unpublished.Count);
        return unpublished;
    }

    private bool Recheck(IContent document, ClinicKitClaimsSettings settings, DateOnly today)
    {
        // A fresh lookup for each document: a library article unpublished just before must be seen as unpublished.
        var lookup = new DocumentLookup(_contentService, []);
        var errors = GuardChecks.Check(document, published: true, lookup, today, settings.ToClaimOptions())
            .Where(f => f.Severity == Severity.Error)
            .Select(f => $"{f.Message} ({f.Code})")
            .ToList();
        if (errors.Count == 0)
        {
            return false;
        }

        if (!settings.BlockPublishing)
        {
            _logger.LogWarning("ClinicKit: \"{Name}\" ({Key}), published by the uSync import, breaks the claim rules (BlockPublishing is false, so it stays published): {Findings}",
                document.Name, document.Key, string.Join(" ", errors));
            return false;
        }

        var result = _contentService.Unpublish(document);
        if (!result.Success)
        {
            _logger.LogError("ClinicKit could not unpublish \"{Name}\" ({Key}) after the uSync import ({Result}): {Findings}",
                document.Name, document.Key, result.Result, string.Join(" ", errors));
            return false;
        }

        _logger.LogWarning("ClinicKit unpublished \"{Name}\" ({Key}) after the uSync import: {Findings} Fix it and publish it again; its Claims tab shows what is missing.",
            document.Name, document.Key, string.Join(" ", errors));
        return true;
    }
}
