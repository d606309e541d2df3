using ClinicKit.Content.Claims;

namespace ClinicKit.Umbraco.PublishGuard;

/// <summary>The publish guard's settings, from <c>ClinicKit:Claims</c> in appsettings.json.</summary>
public sealed class ClinicKitClaimsSettings
{
    public const string SectionName = "ClinicKit:Claims";

    /// <summary>True (the default): a claim that breaks a rule stops the publish. False: the editor sees the same findings as warnings and the page publishes.</summary>
    public bool BlockPublishing { get; set; } = true;

    /// <summary>True: an overdue medical review stops the publish too (it is a warning by default).</summary>
    public bool ReviewOverdueIsError { get; set; }

    /// <summary>
    /// How long (minutes, default 30) a uSync import may go without publishing anything before ClinicKit stops waiting for
    /// uSync's import-completed notification and checks what it published (an import that failed half way never sends it).
    /// </summary>
    public int ImportWindowMinutes { get; set; } = 30;

    internal ClaimOptions ToClaimOptions() => new(ReviewOverdueIsError);
}
