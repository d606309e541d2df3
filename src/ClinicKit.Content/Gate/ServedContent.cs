using ClinicKit.Content.Library;

namespace ClinicKit.Content.Gate;

public enum ContentStatus
{
    /// <summary>The newest content passed validation and is served whole.</summary>
    Ok,

    /// <summary>The newest content has errors; what they touch is served at its last good version.</summary>
    Degraded,

    /// <summary>Some clinic has no good version at all (its host names answer 503), or no clinic is served.</summary>
    Unavailable,
}

/// <summary>An error as the gate applied it: the clinics (by name) that it kept at their last good version or withheld.</summary>
public sealed record GateFinding(ContentProblem Problem, IReadOnlyList<string> Clinics);

/// <summary>What the head serves after the gate: the content, the host names it answers 503 for (with the clinic to brand
/// that page, when known), and why.</summary>
/// <param name="CheckedAt">When the newest content was read.</param>
/// <param name="CleanSince">When content last passed with no error at all, or null when it never has.</param>
public sealed record ServedContent(
    ContentLibrary Library,
    IReadOnlyDictionary<string, ClinicSite?> Withheld,
    IReadOnlyList<GateFinding> Findings,
    DateTimeOffset CheckedAt,
    DateTimeOffset? CleanSince)
{
    public ContentStatus Status =>
        Findings.Count == 0 ? ContentStatus.Ok
        : Withheld.Count > 0 || Library.Clinics.Count == 0 ? ContentStatus.Unavailable
        : ContentStatus.Degraded;

    /// <summary>Whether this host name is withheld (answers 503), and the clinic to brand the page with.</summary>
    public bool IsWithheld(string host, out ClinicSite? clinic) => Withheld.TryGetValue(ContentLibrary.HostOf(host), out clinic);
}
