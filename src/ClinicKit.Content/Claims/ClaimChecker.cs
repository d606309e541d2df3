using ClinicKit.Content.Diagnostics;

namespace ClinicKit.Content.Claims;

/// <summary>ClinicKit's claim rules (RULES.md): the one implementation behind <c>clinickit validate</c>, <c>audit</c> and the Umbraco publish guard.</summary>
public static class ClaimChecker
{
    public static IReadOnlyList<ClaimFinding> Check(
        IReadOnlyList<Claim> claims,
        Func<Guid, CitationInfo?> citations,
        ReviewDates review,
        DateOnly today,
        ClaimOptions? options = null,
        ClaimRuleSet? rules = null,
        string? treatment = null,
        IReadOnlyList<PlainTextStatement>? statements = null)
    {
        // Stryker disable once Assignment : equivalent, no caller passes a rule set of its own, so both forms read the shipped one
        rules ??= ClaimRuleSet.Current;
        options ??= new ClaimOptions();
        var findings = new List<ClaimFinding>();
        foreach (var claim in claims)
        {
            findings.AddRange(CheckClaim(claim, citations, rules));
        }

        findings.AddRange(CheckTreatment(claims, treatment?.Trim() ?? "", rules));

        var plainText = ClaimDetection.Current.Finding;
        foreach (var statement in statements ?? [])
        {
            findings.Add(new ClaimFinding(plainText.Code, plainText.Severity, null, statement.BlockKey, null, plainText.Format(new Dictionary<string, string>
            {
                ["block"] = statement.Block.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["kind"] = statement.Kind.Label,
                ["sentence"] = statement.Sentence,
            })));
        }

        if (review.NextReviewDue is { } due && due < today)
        {
            var rule = rules.Rule("CK0310");
            findings.Add(new ClaimFinding(rule.Code, options.ReviewOverdueIsError ? Severity.Error : rule.Severity, null, null, null,
                rule.Format(new Dictionary<string, string> { ["due"] = due.ToString("yyyy-MM-dd") })));
        }

        if (claims.Count > 0 && (string.IsNullOrWhiteSpace(review.ReviewedBy) || review.LastReviewed is null))
        {
            var rule = rules.Rule("CK0311");
            findings.Add(new ClaimFinding(rule.Code, rule.Severity, null, null, null, rule.Format(new Dictionary<string, string>())));
        }

        return findings;
    }

    /// <summary>An article that names a treatment needs cited safety points and a cited regulatory-status claim (RULES.md).</summary>
    private static IEnumerable<ClaimFinding> CheckTreatment(IReadOnlyList<Claim> claims, string treatment, ClaimRuleSet rules)
    {
        if (treatment.Length == 0)
        {
            yield break;
        }

        ClaimFinding Finding(string code)
        {
            var rule = rules.Rule(code);
            return new ClaimFinding(code, rule.Severity, null, null, null, rule.Format(new Dictionary<string, string> { ["treatment"] = treatment }));
        }

        if (!claims.Any(c => c.SafetySection is not null))
        {
            yield return Finding("CK0320");
        }

        if (!claims.Any(c => c.ClaimType == rules.RegulatoryClaimType))
        {
            yield return Finding("CK0321");
        }
    }

    private static IEnumerable<ClaimFinding> CheckClaim(Claim claim, Func<Guid, CitationInfo?> citations, ClaimRuleSet rules)
    {
        var name = NameOf(claim, rules);
        ClaimFinding Finding(string code, string? citation = null, string citationText = "")
        {
            var rule = rules.Rule(code);
            return new ClaimFinding(code, rule.Severity, claim.Number, claim.BlockKey, citation,
                rule.Format(new Dictionary<string, string> { ["claim"] = name, ["citation"] = citationText }));
        }

        if (claim.Statement.Length == 0)
        {
            yield return Finding("CK0304");
        }

        if (claim.Citations.Count == 0)
        {
            yield return Finding("CK0301");
        }

        foreach (var picked in claim.Citations)
        {
            var info = picked.Key is { } key ? citations(key) : null;
            var id = picked.Key?.ToString() ?? picked.Raw;
            if (info is null)
            {
                yield return Finding("CK0302", id, id);
            }
            else if (info.State != CitationState.Published)
            {
                yield return Finding("CK0303", id, info.Title);
            }
        }

        if (claim.ClaimType.Length == 0 || claim.EvidenceStrength.Length == 0)
        {
            yield return Finding("CK0306");
        }

        if (rules.LimitedEvidence.Contains(claim.EvidenceStrength) && claim.Qualifier.Length == 0)
        {
            yield return Finding("CK0305");
        }
    }

    /// <summary><c>Claim N ("statement")</c>, the statement cut to the preview length with an ellipsis.</summary>
    public static string NameOf(Claim claim, ClaimRuleSet? rules = null)
    {
        // Stryker disable once Assignment : equivalent, no caller passes a rule set of its own, so both forms read the shipped one
        rules ??= ClaimRuleSet.Current;
        if (claim.Statement.Length == 0)
        {
            return $"Claim {claim.Number}";
        }

        var max = rules.StatementPreviewLength;
        var preview = claim.Statement.Length > max ? claim.Statement[..(max - 1)].TrimEnd() + "…" : claim.Statement;
        return $"Claim {claim.Number} (\"{preview}\")";
    }
}
