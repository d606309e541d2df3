using ClinicKit.Content.Library;
using ClinicKit.Web.Articles;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>A link inside a shared article to another library article leads to this clinic's page for it: uSync's stored
/// <c>{localLink:…}</c> is read as the document it names, and the head writes this clinic's address for it.</summary>
public sealed class LocalLinkTests
{
    private static readonly Guid Shown = Guid.Parse("b15ff0bb-0fcf-51e2-bb08-59fcba4ed573");
    private static readonly Content.Library.ClinicSite Clinic = TestContent.Clinic("A", "a.test", 1, articles: [TestContent.Page(Shown, "how-it-works")]);

    [TestCase("<a href=\"{localLink:umb://document/b15ff0bb0fcf51e2bb0859fcba4ed573}\">x</a>", "<a href=\"/articles/how-it-works\">x</a>", TestName = "A document UDI link becomes the clinic's article path")]
    [TestCase("<a href=\"/{localLink:b15ff0bb-0fcf-51e2-bb08-59fcba4ed573}\">x</a>", "<a href=\"/articles/how-it-works\">x</a>", TestName = "A GUID link becomes the clinic's article path")]
    [TestCase("<a href=\"{localLink:umb://document/0d6f1bba131956220975b880484395384}\">x</a>", "<a href=\"{localLink:umb://document/0d6f1bba131956220975b880484395384}\">x</a>", TestName = "A malformed key is left for the sanitizer")]
    [TestCase("<a href=\"{localLink:0d6f1bba-1319-5622-975b-880484395384}\">x</a>", "<a href=\"/\">x</a>", TestName = "A page the clinic does not show leads to its home page")]
    [TestCase("<a href=\"\\{localLink:b15ff0bb-0fcf-51e2-bb08-59fcba4ed573}\">x</a>", "<a href=\"/articles/how-it-works\">x</a>", TestName = "A backslash before a local link does not make it protocol-relative")]
    [TestCase("<a href=\"/\\{localLink:b15ff0bb-0fcf-51e2-bb08-59fcba4ed573}\">x</a>", "<a href=\"/articles/how-it-works\">x</a>", TestName = "A slash and a backslash before a local link are dropped")]
    [TestCase("<a href=\"//{localLink:b15ff0bb-0fcf-51e2-bb08-59fcba4ed573}\">x</a>", "<a href=\"/articles/how-it-works\">x</a>", TestName = "Two slashes before a local link are dropped")]
    public void Local_links_lead_to_this_clinics_pages(string markup, string expected) =>
        Assert.That(LocalLinks.Resolve(StoredFields.LocalLinks(markup), Clinic), Is.EqualTo(expected));

    [Test]
    public void A_local_link_the_sanitizer_cannot_read_loses_its_href_rather_than_pointing_anywhere() =>
        Assert.That(
            ClinicKit.Web.Security.RichTextSanitizer.Sanitize(LocalLinks.Resolve(StoredFields.LocalLinks("<a href=\"{localLink:nonsense}\">x</a>"), Clinic)),
            Is.EqualTo("<a>x</a>"));

    /// <summary>uSync stores the link as <c>{localLink:…}</c>; the Delivery API resolves it to the document's route and names
    /// the document in <c>data-destination-id</c> (Umbraco-CMS src/Umbraco.Infrastructure/DeliveryApi/ApiRichTextMarkupParser.cs).</summary>
    [Test]
    public void A_link_read_from_either_source_leads_to_the_same_clinic_page()
    {
        var stored = StoredFields.LocalLinks($"<a href=\"/{{localLink:umb://document/{Shown:N}}}\">x</a>");
        var delivered = ClinicKit.Web.Sources.DeliveryApi.ApiFields.DocumentLinks(
            $"<a href=\"/how-it-works/\" data-destination-id=\"{Shown:D}\" data-destination-type=\"clinicKitArticle\" data-start-item-path=\"article-library\" data-start-item-id=\"{Guid.NewGuid():D}\">x</a>");

        Assert.That(ClinicKit.Web.Security.RichTextSanitizer.Sanitize(LocalLinks.Resolve(stored, Clinic)), Is.EqualTo("<a href=\"/articles/how-it-works\">x</a>"));
        Assert.That(ClinicKit.Web.Security.RichTextSanitizer.Sanitize(LocalLinks.Resolve(delivered, Clinic)), Is.EqualTo("<a href=\"/articles/how-it-works\">x</a>"));
    }
}
