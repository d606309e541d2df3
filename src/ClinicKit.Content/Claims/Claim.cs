using ClinicKit.Content.Blocks;

namespace ClinicKit.Content.Claims;

/// <summary>A claim block as the rules see it: numbered among the article's claims, in the order a reader meets them.
/// <see cref="SafetySection"/> names the safety block property it is a point of, or is null for a claim in the body.</summary>
public sealed record Claim(
    int Number,
    Guid BlockKey,
    string Statement,
    IReadOnlyList<PickedDocument> Citations,
    string ClaimType,
    string EvidenceStrength,
    string Qualifier,
    string? SafetySection = null);

public enum CitationState
{
    Published,
    Unpublished,
    Trashed,
}

/// <summary>What the rules need to know about a cited item.</summary>
public sealed record CitationInfo(string Title, CitationState State);

/// <summary>Who reviewed an article and when it is next due.</summary>
public sealed record ReviewDates(string? ReviewedBy, DateOnly? LastReviewed, DateOnly? NextReviewDue);

public sealed record ClaimOptions(bool ReviewOverdueIsError = false);

/// <summary>One thing wrong with a claim or an article's review.</summary>
public sealed record ClaimFinding(string Code, Diagnostics.Severity Severity, int? Claim, Guid? BlockKey, string? Citation, string Message);
