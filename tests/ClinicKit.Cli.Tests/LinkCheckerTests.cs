using ClinicKit.Web.Export;

namespace ClinicKit.Cli.Tests;

/// <summary>Which links of an exported page the link check follows: links into the site must resolve; links that leave it
/// (as a browser reads them) are not the export's to check.</summary>
public sealed class LinkCheckerTests
{
    [TestCase("/missing", true)]
    [TestCase("https://clinic.test/missing", true)]
    [TestCase("/", false)]
    [TestCase("https://elsewhere.example/missing", false)]
    [TestCase("//evil.example/missing", false)]
    [TestCase("/\\evil.example/missing", false)]
    [TestCase("\\\\evil.example/missing", false)]
    [TestCase("\\/evil.example/missing", false)]
    public void Only_links_into_the_site_are_checked(string href, bool broken)
    {
        var site = Directory.CreateTempSubdirectory("clinickit-links-");
        try
        {
            File.WriteAllText(Path.Combine(site.FullName, "index.html"), "");
            var pages = new Dictionary<string, PageLinks> { ["/"] = new(new HashSet<string>(), [href]) };

            Assert.That(LinkChecker.Check(site.FullName, "clinic.test", pages).Select(b => b.Href), broken ? Is.EqualTo(new[] { href }) : Is.Empty);
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }

    [Test]
    public void A_picture_whose_srcset_candidates_or_link_preview_are_missing_from_the_export_is_reported()
    {
        var site = Directory.CreateTempSubdirectory("clinickit-links-");
        try
        {
            File.WriteAllText(Path.Combine(site.FullName, "index.html"), "");
            Directory.CreateDirectory(Path.Combine(site.FullName, "images", "320"));
            File.WriteAllText(Path.Combine(site.FullName, "images", "320", "a.webp"), "");
            var links = LinkChecker.Extract(
                "<meta property=\"og:image\" content=\"https://clinic.test/images/1280/a.png\">" +
                "<picture><source type=\"image/webp\" srcset=\"/images/96/a.webp 96w, /images/320/a.webp 256w\" sizes=\"48px\"><img src=\"/images/320/a.webp\" alt=\"A\"></picture>");

            var broken = LinkChecker.Check(site.FullName, "clinic.test", new Dictionary<string, PageLinks> { ["/"] = links });

            Assert.That(broken.Select(b => b.Href), Is.EquivalentTo(new[] { "https://clinic.test/images/1280/a.png", "/images/96/a.webp" }));
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }
}
