using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;

namespace ClinicKit.Web.Articles;

/// <summary>Numbers an article's references in the order a reader first meets them, across all its claims.</summary>
/// <remarks>A citation that is missing or not published gets no number: the page never links to a reference it cannot show.</remarks>
public sealed class ReferenceNumbering
{
    private ReferenceNumbering(IReadOnlyList<Numbered> references, IReadOnlyDictionary<int, IReadOnlyList<int>> claimReferences)
    {
        References = references;
        ClaimReferences = claimReferences;
    }

    public sealed record Numbered(int Number, Citation Citation, IReadOnlyList<int> CitedByClaims);

    public IReadOnlyList<Numbered> References { get; }

    /// <summary>For each claim number, its reference numbers in the order the claim picks them.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<int>> ClaimReferences { get; }

    /// <summary>Every citation key the claims pick, in reading order: what to fetch before numbering.</summary>
    public static IReadOnlyList<Guid> CitedKeys(IEnumerable<Claim> claims) =>
        claims.SelectMany(c => c.Citations).Select(p => p.Key).OfType<Guid>().Distinct().ToList();

    public static ReferenceNumbering For(IEnumerable<Claim> claims, IEnumerable<Citation> citations)
    {
        var available = citations.Where(c => c.State == CitationState.Published).ToDictionary(c => c.Key);
        var numbers = new Dictionary<Guid, int>();
        var citedBy = new Dictionary<Guid, List<int>>();
        var claimReferences = new Dictionary<int, IReadOnlyList<int>>();
        foreach (var claim in claims)
        {
            var refs = new List<int>();
            foreach (var key in claim.Citations.Select(p => p.Key).OfType<Guid>().Where(available.ContainsKey))
            {
                if (!numbers.TryGetValue(key, out var number))
                {
                    number = numbers.Count + 1;
                    numbers[key] = number;
                    citedBy[key] = [];
                }

                if (!refs.Contains(number))
                {
                    refs.Add(number);
                    citedBy[key].Add(claim.Number);
                }
            }

            claimReferences[claim.Number] = refs;
        }

        var references = numbers.OrderBy(n => n.Value)
            .Select(n => new Numbered(n.Value, available[n.Key], citedBy[n.Key]))
            .ToList();
        return new ReferenceNumbering(references, claimReferences);
    }
}
