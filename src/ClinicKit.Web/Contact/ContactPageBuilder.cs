using System.Text.Json.Nodes;
using ClinicKit.Content.Library;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Security;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Contact;

/// <summary>The contact and location page: the clinic site's address, phone, email and booking link, with the page's opening
/// hours, map link and directions; JSON-LD MedicalClinic with its ContactPoint and openingHoursSpecification.</summary>
public sealed class ContactPageBuilder(PublicUrls urls)
{
    public (ContactPage Page, IReadOnlyList<Guid> DependsOn)? Build(ClinicContext context, string slug)
    {
        var clinic = context.Clinic;
        if (PatientPages.Find<ContactContent>(clinic, slug) is not { } contact)
        {
            return null;
        }

        var url = urls.Absolute(clinic, PatientPages.PathOf(contact));
        var description = FirstOf(contact.Seo.MetaDescription, contact.Page.Summary, contact.Heading);
        var mapHref = SafeUrl.Clean(contact.MapUrl) is { } map && map.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? map : null;
        var page = new ContactPage
        {
            Clinic = clinic,
            Labels = context.Labels,
            ClinicStylesheetUrl = ClinicPageFactory.StylesheetUrl(clinic),
            Head = new PageHead(PageTitles.For(contact, clinic), description, url, contact.Seo.NoIndex, "website",
                JsonLd.Serialize(Data(clinic, contact, urls.Absolute(clinic, PublicUrls.Home), mapHref))),
            Title = contact.Heading,
            Summary = contact.Page.Summary,
            Breadcrumbs = [new Crumb(clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name, PublicUrls.Home), new Crumb(contact.Heading, null)],
            OpeningHours = contact.OpeningHours.Where(h => h.Days.Count > 0).Select(OpeningHoursWords.Row).ToList(),
            MapHref = mapHref,
            Directions = contact.Directions,
            BookingHref = SafeUrl.Clean(clinic.BookingUrl),
            MailtoHref = clinic.Email.Length > 0 ? SafeUrl.Clean("mailto:" + clinic.Email) : null,
        };
        return (page, [clinic.Key, contact.Key]);
    }

    public static JsonObject Data(ClinicSite clinic, ContactContent contact, string? homeUrl, string? mapHref)
    {
        var data = JsonLd.ClinicPage(clinic, homeUrl, "");
        if (clinic.Phone.Length > 0)
        {
            data["contactPoint"] = new JsonObject { ["@type"] = "ContactPoint", ["telephone"] = clinic.Phone, ["contactType"] = "appointments" };
        }

        if (mapHref is not null)
        {
            data["hasMap"] = mapHref;
        }

        var hours = contact.OpeningHours.Where(h => h.Days.Count > 0).Select(h => (JsonNode)new JsonObject
        {
            ["@type"] = "OpeningHoursSpecification",
            ["dayOfWeek"] = new JsonArray(h.Days.Select(d => (JsonNode)("https://schema.org/" + d)).ToArray()),
            ["opens"] = h.Opens,
            ["closes"] = h.Closes,
        }).ToArray();
        if (hours.Length > 0)
        {
            data["openingHoursSpecification"] = new JsonArray(hours);
        }

        return data;
    }

    private static string FirstOf(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";
}
