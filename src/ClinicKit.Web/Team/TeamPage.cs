using ClinicKit.Web.Navigation;
using ClinicKit.Web.Rendering;

namespace ClinicKit.Web.Team;

/// <summary>Who reviews the clinic's medical content, each with an anchor that articles link to.</summary>
public sealed class TeamPage : ClinicPage
{
    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<Crumb> Breadcrumbs { get; init; }

    public required IReadOnlyList<ReviewerView> Reviewers { get; init; }
}
