using ClinicKit.Content.Library;

namespace ClinicKit.Web.Navigation;

public static class PageTitles
{
    /// <summary>The page's own search title as written; otherwise its heading and the clinic's name, so tabs and results tell clinics apart.</summary>
    public static string For(PatientPage page, ClinicSite clinic) =>
        page.Seo.MetaTitle.Length > 0 ? page.Seo.MetaTitle : $"{page.Heading} | {(clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name)}";
}
