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
}
