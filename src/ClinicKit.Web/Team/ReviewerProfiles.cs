using System.Text.Json.Nodes;
using ClinicKit.Content.Library;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Security;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Team;

/// <summary>A reviewer as pages show them: on the team page in full, and beside "Medically reviewed by" as a link to it.</summary>
/// <param name="TeamHref">Their profile on this clinic's team page (<c>/our-team#slug</c>), or null when the clinic serves no team page.</param>
/// <param name="ProfileUrl">Their public record (a licence lookup), when it is an http(s) address.</param>
/// <param name="Photo">Shown on the team page only.</param>
public sealed record ReviewerView(string Name, string Credentials, string Role, string Bio, string Slug, string? ProfileUrl, bool IsDemo, string? TeamHref, MediaImage? Photo);

/// <summary>Where a clinic shows its reviewers, and how a reviewer reads on a page and in schema.org data.</summary>
public static class ReviewerProfiles
{
    public static TeamContent? TeamPage(ClinicSite clinic) => PatientPages.Served(clinic).OfType<TeamContent>().FirstOrDefault();

    /// <summary>The reviewers of what the clinic serves (its served articles and treatment pages), once each, by name: the
    /// people its team page shows.</summary>
    public static IReadOnlyList<Reviewer> OfClinic(ClinicSite clinic, IEnumerable<Article> servedArticles) =>
        ReviewerPicks.Distinct(servedArticles.Select(a => a.Reviewer)
            .Concat(PatientPages.Served(clinic).OfType<TreatmentContent>().Select(t => t.Reviewer)));

    public static ReviewerView View(ClinicSite clinic, Reviewer reviewer) => new(
        reviewer.Name,
        reviewer.Credentials,
        reviewer.Role,
        reviewer.Bio,
        reviewer.Slug,
        ExternalUrl(reviewer.ProfileUrl),
        reviewer.IsDemo,
        TeamPage(clinic) is { } team ? PatientPages.PathOf(team) + "#" + reviewer.Slug : null,
        reviewer.Photo);

    /// <summary>schema.org's Person: the name, the role as jobTitle, the credentials as an EducationalOccupationalCredential,
    /// the profile on the team page as url, and the public record as sameAs.</summary>
    public static JsonObject Person(ReviewerView reviewer, string? absoluteTeamUrl)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = reviewer.Name };
        if (reviewer.Role.Length > 0)
        {
            person["jobTitle"] = reviewer.Role;
        }

        if (reviewer.Credentials.Length > 0)
        {
            person["hasCredential"] = new JsonObject { ["@type"] = "EducationalOccupationalCredential", ["name"] = reviewer.Credentials };
        }

        if (absoluteTeamUrl is not null)
        {
            person["url"] = absoluteTeamUrl;
        }

        if (reviewer.ProfileUrl is not null)
        {
            person["sameAs"] = reviewer.ProfileUrl;
        }

        return person;
    }

    /// <summary>The absolute address of the reviewer's profile on the team page, for schema.org, or null.</summary>
    public static string? AbsoluteTeamUrl(PublicUrls urls, ClinicSite clinic, ReviewerView reviewer) =>
        reviewer.TeamHref is { } href && TeamPage(clinic) is { } team && urls.Absolute(clinic, PatientPages.PathOf(team)) is { } page
            ? page + "#" + reviewer.Slug
            : null;

    /// <summary>Only an http(s) address becomes a link: a profile link is typed by an editor.</summary>
    private static string? ExternalUrl(string url) =>
        SafeUrl.Clean(url) is { } clean && (clean.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || clean.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? clean
            : null;
}
