using ClinicKit.Content.Library;
using ClinicKit.Web.Rendering;

namespace ClinicKit.Web.Sites;

/// <summary>The parts every clinic page shares.</summary>
public static class ClinicPageFactory
{
    public static string StylesheetUrl(ClinicSite clinic) =>
        PublicUrls.ClinicStylesheet + "?v=" + BrandColours.Normalize(clinic.BrandColor).TrimStart('#');

    public static NotFoundPage NotFound(ClinicContext context)
    {
        var name = context.Clinic.ClinicName.Length > 0 ? context.Clinic.ClinicName : context.Clinic.Name;
        return new NotFoundPage
        {
            Clinic = context.Clinic,
            Labels = context.Labels,
            ClinicStylesheetUrl = StylesheetUrl(context.Clinic),
            Head = new PageHead($"{context.Labels.PageNotFound} | {name}", context.Labels.PageNotFoundText, null, NoIndex: true, "website", null),
        };
    }
}
