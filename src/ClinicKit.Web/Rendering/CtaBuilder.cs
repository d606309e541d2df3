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
        var heading = PlainText(cta?.Heading, clinic, labels);
        var button = PlainText(cta?.ButtonLabel, clinic, labels);
        return new CtaView(
            heading.Length > 0 ? heading : labels.BookConsultation,
            Body(cta?.Body, clinic, labels),
            button.Length > 0 ? button : labels.BookConsultation,
            href,
            href is not null && SafeUrl.IsExternal(href),
            clinic.Phone,
            telHref,
            string.Equals(cta?.Style, "Subtle", StringComparison.OrdinalIgnoreCase),
            labels);
    }

    /// <summary>The body with the booking URL as a link that says where it goes; a booking URL that is not safe to link
    /// to shows the same words without a link, never the address itself.</summary>
    private static List<CtaText> Body(string? text, ClinicSite clinic, Labels labels) =>
        ClinicTokens.Split(text, clinic)
            .Select(p => p.Token == ClinicTokens.BookingUrl
                ? new CtaText(labels.BookingPage, SafeUrl.Clean(p.Text))
                : new CtaText(p.Text))
            .ToList();

    /// <summary>A heading or button label cannot hold a link: the booking URL token becomes the words for it.</summary>
    private static string PlainText(string? text, ClinicSite clinic, Labels labels) =>
        string.Concat(ClinicTokens.Split(text, clinic).Select(p => p.Token == ClinicTokens.BookingUrl ? labels.BookingPage : p.Text));

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
