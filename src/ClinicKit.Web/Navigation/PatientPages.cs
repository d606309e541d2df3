using ClinicKit.Content.Library;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Navigation;

/// <summary>Where a clinic's treatment, contact and legal pages live, and which of them the head serves.</summary>
public static class PatientPages
{
    public const string TreatmentPrefix = "/treatments/";

    public static string PathOf(PatientPage page) => page is TreatmentContent
        ? TreatmentPrefix + Uri.EscapeDataString(page.Slug)
        : "/" + Uri.EscapeDataString(page.Slug);

    /// <summary>The published pages a visitor can open, in content-tree order, the first of any two with the same path.</summary>
    public static IReadOnlyList<PatientPage> Served(ClinicSite clinic) =>
        clinic.Pages
            .Where(p => p.IsPublished && p.Slug.Length > 0 && (p is TreatmentContent || !PageSlugs.Reserved.Contains(p.Slug)))
            .OrderBy(p => p.SortOrder)
            .DistinctBy(p => PathOf(p), StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static T? Find<T>(ClinicSite clinic, string slug) where T : PatientPage =>
        Served(clinic).OfType<T>().FirstOrDefault(p => string.Equals(p.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public static ContactContent? Contact(ClinicSite clinic) => Served(clinic).OfType<ContactContent>().FirstOrDefault();

    /// <summary>The main navigation: the served pages marked "show in main navigation", in tree order.</summary>
    public static IReadOnlyList<NavLink> MainNavigation(ClinicSite clinic) =>
        Served(clinic).Where(p => p.Page.ShowInNavigation).Select(p => new NavLink(p.NavigationText, PathOf(p))).ToList();

    /// <summary>The footer's links: the contact page and every legal page (privacy, accessibility), which every page links to.</summary>
    public static IReadOnlyList<NavLink> FooterLinks(ClinicSite clinic) =>
        Served(clinic).Where(p => p is ContactContent or LegalContent).Select(p => new NavLink(p.Heading, PathOf(p))).ToList();
}

public sealed record NavLink(string Label, string Href);

/// <summary>One step of the breadcrumb trail; the last step is the page itself and has no link.</summary>
public sealed record Crumb(string Label, string? Href);
