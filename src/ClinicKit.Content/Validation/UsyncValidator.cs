using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync;

namespace ClinicKit.Content.Validation;

/// <summary>Runs every rule over a uSync folder: what <c>clinickit validate</c> reports.</summary>
public static class UsyncValidator
{
    private static readonly IValidationRule[] Rules =
    [
        new IdentityRules(),
        new FileFormRules(),
        new ContentTypeReferenceRules(),
        new DataTypeReferenceRules(),
        new ContentReferenceRules(),
        new BlockShapeRules(),
        new ClinicKitContentRules(),
        new PageRules(),
        new MediaRules(),
        new ReviewerRules(),
    ];

    public static IReadOnlyList<Diagnostic> Validate(UsyncFolder folder, DateOnly today, ClaimOptions? claimOptions = null)
    {
        var context = new ValidationContext(folder, today, claimOptions ?? new ClaimOptions());
        return folder.ReadDiagnostics
            .Concat(Rules.SelectMany(r => r.Check(context)))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
    }
}
