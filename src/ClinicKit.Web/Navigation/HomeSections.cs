using ClinicKit.Content.Library;
using ClinicKit.Web.Contact;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Navigation;

/// <summary>Where the clinic is and when it opens, as the home page shows it, linking to the contact page.</summary>
public sealed record HomeLocation(string Address, IReadOnlyList<HoursRow> OpeningHours, string? ContactHref, string ContactLabel);

/// <summary>The home page's parts beyond the article list: treatments offered, trust signals and location.</summary>
public static class HomeSections
{
    public static IReadOnlyList<ArticleTeaser> Treatments(ClinicSite clinic) =>
        PatientPages.Served(clinic).OfType<TreatmentContent>().Select(t => new ArticleTeaser(t.Heading, t.Page.Summary, PatientPages.PathOf(t))).ToList();

    /// <summary>Everyone picked as medical reviewer on the articles and treatment pages the clinic serves, once each, linking
    /// to their team page profiles.</summary>
    public static IReadOnlyList<Team.ReviewerView> Reviewers(ClinicSite clinic, IEnumerable<Article> servedArticles) =>
        Team.ReviewerProfiles.OfClinic(clinic, servedArticles).Select(r => Team.ReviewerProfiles.View(clinic, r)).ToList();

    public static HomeLocation? Location(ClinicSite clinic)
    {
        var contact = PatientPages.Contact(clinic);
        if (clinic.Address.Length == 0 && contact is null)
        {
            return null;
        }

        return new HomeLocation(
            clinic.Address,
            contact?.OpeningHours.Where(h => h.Days.Count > 0).Select(OpeningHoursWords.Row).ToList() ?? [],
            contact is null ? null : PatientPages.PathOf(contact),
            contact?.Heading ?? "");
    }
}
