using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;

namespace ClinicKit.Content.Library;

/// <summary>The medical review composition's reviewer pick (<c>reviewedBy</c>, a Multinode Treepicker limited to one reviewer),
/// read the same way whichever source holds it.</summary>
public static class ReviewerPicks
{
    /// <summary>The key the pick names (its first entry), or null when nothing is picked.</summary>
    public static Guid? PickedKey(IReadOnlyList<PickedDocument> picked) => picked.Select(p => p.Key).FirstOrDefault();

    /// <summary>The review as the claim rules see it: the reviewer's name when the pick resolves, otherwise the pick as the
    /// source gave it, so CK0311 still tells "nobody picked" from "a pick that does not resolve" (CK0420's case).</summary>
    public static ReviewDates Review(IReadOnlyList<PickedDocument> picked, Reviewer? reviewer, DateOnly? lastReviewed, DateOnly? nextReviewDue) =>
        new(reviewer?.Name ?? (picked.Count > 0 ? string.Join(',', picked.Select(p => p.Raw)) : null), lastReviewed, nextReviewDue);

    /// <summary>Everyone picked, once each, by name (the Delivery API's expanded picks carry no tree order, so both sources
    /// agree on this one).</summary>
    public static IReadOnlyList<Reviewer> Distinct(IEnumerable<Reviewer?> picked) =>
        picked.OfType<Reviewer>().DistinctBy(r => r.Key).OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Key).ToList();
}
