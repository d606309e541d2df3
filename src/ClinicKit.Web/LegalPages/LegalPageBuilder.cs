using System.Text.Json.Nodes;
using ClinicKit.Content.Library;
using ClinicKit.Web.Articles;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Security;
using ClinicKit.Web.Sites;
using Microsoft.AspNetCore.Html;

namespace ClinicKit.Web.LegalPages;

/// <summary>A legal page: its rich text, sanitized like an article's, with local links pointed at this clinic's pages.</summary>
public sealed class LegalPageBuilder(PublicUrls urls)
{
    public (LegalPage Page, IReadOnlyList<Guid> DependsOn)? Build(ClinicContext context, string slug)
    {
        var clinic = context.Clinic;
        if (PatientPages.Find<LegalContent>(clinic, slug) is not { } legal)
        {
            return null;
        }

        var url = urls.Absolute(clinic, PatientPages.PathOf(legal));
        var description = legal.Seo.MetaDescription.Length > 0 ? legal.Seo.MetaDescription : legal.Page.Summary.Length > 0 ? legal.Page.Summary : legal.Heading;
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["name"] = legal.Heading,
            ["description"] = description,
            ["inLanguage"] = "en-US",
        };
        if (url is not null)
        {
            data["url"] = url;
        }

        data["publisher"] = JsonLd.Clinic(clinic, null);
        var page = new LegalPage
        {
            Clinic = clinic,
            Labels = context.Labels,
            ClinicStylesheetUrl = ClinicPageFactory.StylesheetUrl(clinic),
            Head = new PageHead(PageTitles.For(legal, clinic), description, url, legal.Seo.NoIndex, "website", JsonLd.Serialize(data)),
            Title = legal.Heading,
            Summary = legal.Page.Summary,
            Breadcrumbs = [new Crumb(clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name, PublicUrls.Home), new Crumb(legal.Heading, null)],
            Body = new HtmlString(RichTextSanitizer.Sanitize(LocalLinks.Resolve(legal.Body, clinic))),
        };
        return (page, [clinic.Key, legal.Key]);
    }
}
