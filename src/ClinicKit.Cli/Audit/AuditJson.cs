using System.Text.Json;
using ClinicKit.Cli.Common;
using ClinicKit.Content.Audit;

namespace ClinicKit.Cli.Audit;

internal static class AuditJson
{
    public static string Write(AuditReport report) => JsonSerializer.Serialize(new
    {
        today = report.Today.ToString("yyyy-MM-dd"),
        summary = new
        {
            articles = report.Articles.Count,
            claims = report.ClaimCount,
            unsupported = report.UnsupportedClaimCount,
            plainTextStatements = report.PlainTextStatementCount,
            overdueReviews = report.OverdueReviewCount,
            unusedCitations = report.UnusedCitations.Count,
            notReadyToPublish = report.NotReadyToPublishCount,
        },
        articles = report.Articles.Select(a => new
        {
            key = a.Key,
            title = a.Title,
            published = a.IsPublished,
            reviewedBy = a.Review.ReviewedBy,
            lastReviewed = a.Review.LastReviewed?.ToString("yyyy-MM-dd"),
            nextReviewDue = a.Review.NextReviewDue?.ToString("yyyy-MM-dd"),
            reviewOverdue = a.ReviewOverdue,
            readyToPublish = a.ReadyToPublish,
            shownBy = a.ShownBy,
            claims = a.Claims.Select(c => new
            {
                number = c.Claim.Number,
                blockKey = c.Claim.BlockKey,
                statement = c.Claim.Statement,
                claimType = c.Claim.ClaimType,
                evidenceStrength = c.Claim.EvidenceStrength,
                qualifier = c.Claim.Qualifier,
                safetySection = c.Claim.SafetySection,
                substantiated = c.Substantiated,
                sources = c.Sources.Select(s => new { key = s.Key, label = s.Label, title = s.Citation?.Title, doi = s.Citation?.Doi, pmid = s.Citation?.Pmid, state = s.Citation?.State.ToString().ToLowerInvariant() ?? "missing" }),
                findings = c.Findings.Select(f => new { code = f.Code, severity = f.Severity.ToString().ToLowerInvariant(), message = f.Message }),
            }),
            findings = a.ArticleFindings.Select(f => new { code = f.Code, severity = f.Severity.ToString().ToLowerInvariant(), message = f.Message }),
            treatment = a.Treatment,
            safetyPoints = a.SafetyPoints,
            plainTextStatements = a.PlainTextStatements.Select(s => new { block = s.Block, blockKey = s.BlockKey, kind = s.Kind.Kind, claimType = s.Kind.ClaimType, sentence = s.Sentence }),
        }),
        clinics = report.Clinics.Select(c => new
        {
            name = c.Name,
            hosts = c.Hosts,
            articles = c.Articles.Select(a => new { slug = a.Slug, title = a.ArticleTitle, missing = a.ArticleMissing, claims = a.Claims, unsupported = a.UnsupportedClaims, reviewOverdue = a.ReviewOverdue }),
        }),
        unusedCitations = report.UnusedCitations.Select(c => new { key = c.Key, label = CitationLabels.Short(c), title = c.Title }),
    }, CliJson.Options);
}
