using ClinicKit.Content.Library;
using ClinicKit.Web.Security;
using ClinicKit.Web.Sites;

namespace ClinicKit.Web.Rendering;

/// <summary>Turns a CTA block into what a patient sees on this clinic: its tokens filled in, its button pointing somewhere safe.</summary>
public static class CtaBuilder
{
    public static CtaView Build(CallToAction? cta, ClinicSite clinic, Labels labels)
    {
        var telHref = SafeUrl.Tel(clinic.Phone);
        var href = cta is null ? null : LinkHref(cta.Link, clinic);
        href ??= SafeUrl.Clean(clinic.BookingUrl) ?? telHref;
        var heading = ClinicTokens.Replace(cta?.Heading, clinic);
        var button = ClinicTokens.Replace(cta?.ButtonLabel, clinic);
        return new CtaView(
            heading.Length > 0 ? heading : labels.BookConsultation,
            ClinicTokens.Replace(cta?.Body, clinic),
            button.Length > 0 ? button : labels.BookConsultation,
            href,
            href is not null && SafeUrl.IsExternal(href),
            clinic.Phone,
            telHref,
            string.Equals(cta?.Style, "Subtle", StringComparison.OrdinalIgnoreCase),
            labels);
    }

    /// <summary>A picked content node becomes its page on this clinic (or nothing, when this clinic does not show it);
    /// a typed URL is checked like any other link.</summary>
    private static string? LinkHref(Link? link, ClinicSite clinic)
    {
        if (link is null)
        {
            return null;
        }

        if (link.ContentKey is { } key)
        {
            if (key == clinic.Key)
            {
                return PublicUrls.Home;
            }

            var page = clinic.Articles.FirstOrDefault(a => a.IsPublished && (a.Key == key || a.ArticleKey == key));
            return page is null ? null : PublicUrls.ArticlePath(page);
        }

        return SafeUrl.Clean(ClinicTokens.Replace(link.Url, clinic));
    }
}
