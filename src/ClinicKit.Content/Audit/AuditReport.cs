using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;

namespace ClinicKit.Content.Audit;

/// <summary>Which page says what: every claim with its sources and evidence, every clinic's reused articles, unused citations, overdue reviews.</summary>
public sealed record AuditReport(
    DateOnly Today,
    IReadOnlyList<ArticleAudit> Articles,
    IReadOnlyList<ClinicAudit> Clinics,
    IReadOnlyList<Citation> UnusedCitations)
{
    public int ClaimCount => Articles.Sum(a => a.Claims.Count);

    public int UnsupportedClaimCount => Articles.Sum(a => a.Claims.Count(c => !c.Substantiated));

    public int PlainTextStatementCount => Articles.Sum(a => a.PlainTextStatements.Count);

    public int OverdueReviewCount => Articles.Count(a => a.ReviewOverdue);

    public int TreatmentArticleCount => Articles.Count(a => a.Treatment.Length > 0);

    /// <summary>Articles that name a treatment but show no cited safety point.</summary>
    public int TreatmentArticlesWithoutSafetyCount => Articles.Count(a => a.Treatment.Length > 0 && a.SafetyPoints == 0);

    /// <summary>Articles the audit says are not ready to publish (CK0421: reviewed by a demo reviewer).</summary>
    public int NotReadyToPublishCount => Articles.Count(a => !a.ReadyToPublish);

    public bool AllClaimsSubstantiated => UnsupportedClaimCount == 0;
}

public sealed record ArticleAudit(
    Guid Key,
    string Title,
    bool IsPublished,
    ReviewDates Review,
    bool ReviewOverdue,
    IReadOnlyList<ClaimAudit> Claims,
    IReadOnlyList<ClaimFinding> ArticleFindings,
    IReadOnlyList<PlainTextStatement> PlainTextStatements,
    IReadOnlyList<string> ShownBy,
    string Treatment = "")
{
    public int SafetyPoints => Claims.Count(c => c.Claim.SafetySection is not null);

    public bool ReadyToPublish => ArticleFindings.All(f => f.Code != ReadinessCodes.DemoReviewer.Code);

    /// <summary>What the article says about its treatment's safety information, for a reader of the audit.</summary>
    public string SafetySummary => Treatment.Length == 0
        ? "Names no treatment."
        : SafetyPoints == 0
            ? $"Treatment: {Treatment}. Important safety information: missing."
            : $"Treatment: {Treatment}. Important safety information: {SafetyPoints} points ({Claims.Count(c => c.Claim.SafetySection is not null && c.Substantiated)} substantiated).";
}

public sealed record ClaimAudit(
    Claim Claim,
    IReadOnlyList<CitedSource> Sources,
    IReadOnlyList<ClaimFinding> Findings)
{
    /// <summary>Substantiated: every picked source exists and is published, and at least one is picked.</summary>
    public bool Substantiated => !Findings.Any(f => f.Severity == Diagnostics.Severity.Error);
}

/// <summary>A source as a claim cites it; <see cref="Citation"/> is null when the picked item does not exist.</summary>
public sealed record CitedSource(string Key, Citation? Citation)
{
    public string Label => Citation is null ? $"missing ({Key})" : CitationLabels.Short(Citation);
}

public sealed record ClinicAudit(string Name, IReadOnlyList<string> Hosts, IReadOnlyList<ClinicArticleAudit> Articles);

public sealed record ClinicArticleAudit(string Slug, string ArticleTitle, bool ArticleMissing, int Claims, int UnsupportedClaims, bool ReviewOverdue);
