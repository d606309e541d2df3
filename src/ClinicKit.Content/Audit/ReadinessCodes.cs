using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;

namespace ClinicKit.Content.Audit;

/// <summary>What the audit reports beyond the validation codes: content that validates but that a clinic must not publish as
/// it stands. Shipped demo content is meant to carry these, so validation (which the shipped package passes clean) does not.</summary>
public static class ReadinessCodes
{
    public static readonly DiagnosticCode DemoReviewer = new("CK0421", Severity.Warning, "Not ready to publish: the content is reviewed by a demo reviewer",
        "Pick a real reviewer from the people library, with credentials patients can check; demo reviewers do not exist.");

    public static ClaimFinding DemoReviewerFinding(Library.Reviewer reviewer) => new(
        DemoReviewer.Code, DemoReviewer.Severity, null, null, null,
        $"Not ready to publish: reviewed by '{reviewer.Name}', a demo reviewer who does not exist. {DemoReviewer.Fix}");
}
