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

    internal ClaimOptions ToClaimOptions() => new(ReviewOverdueIsError);
}
