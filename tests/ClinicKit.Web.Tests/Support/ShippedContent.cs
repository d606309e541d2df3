using System.Xml.Linq;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;

namespace ClinicKit.Web.Tests.Support;

/// <summary>The shipped demo content as the tests expect a patient to meet it.</summary>
/// <remarks>What a patient reads of a clinic (name, tagline, phone, e-mail, address, city, booking URL, host names, each
/// article's title, summary and the clinic's own introduction) is read here straight from the uSync XML with
/// System.Xml.Linq, not by ClinicKit's reader, so a reader that gets a value wrong fails the tests instead of moving their
/// expectation with it. Which articles each clinic lists, in which order and under which URL, is the table below, written
/// out from the demo content's tour in the README: it is what the head's publishing rules (sort order, published state,
/// one page per slug) must produce, so the tests do not copy those rules. Article bodies (claims, citations, safety points)
/// still come from the reader; its block parsing has its own tests against Umbraco's block format.</remarks>
internal static class ShippedContent
{
    private static readonly Lazy<ContentLibrary> Lazy = new(() => Read(Paths.ShippedUsync));
    private static readonly Lazy<RawUsync> Raw = new(() => new RawUsync(Paths.ShippedUsync));
    private static readonly Lazy<IReadOnlyList<ClinicSite>> LazyClinics = new(() => Lazy.Value.Clinics.Select(Raw.Value.Clinic).ToList());

    /// <summary>Each clinic's home page list, top to bottom, as URL segments.</summary>
    private static readonly Dictionary<string, string[]> ServedSlugs = new()
    {
        ["riverglass-ketamine.test"] =
        [
            "how-ketamine-differs-from-traditional-antidepressants", "when-antidepressants-havent-helped-where-ketamine-fits",
            "how-does-ketamine-work-for-depression", "ketamine-for-depression-three-things-to-know-first",
            "glutamate-bdnf-and-neuroplasticity-the-science-behind-ketamine",
        ],
        ["larkspur-mood.test"] =
        [
            "how-does-ketamine-work-for-depression", "ketamine-for-depression-three-things-to-know-first",
            "when-antidepressants-havent-helped-where-ketamine-fits",
        ],
        ["bluebonnet-lane.test"] =
        [
            "how-ketamine-differs-from-traditional-antidepressants", "ketamine-for-depression-three-things-to-know-first",
            "glutamate-bdnf-and-neuroplasticity-the-science-behind-ketamine", "how-does-ketamine-work-for-depression",
        ],
    };

    public static ContentLibrary Library => Lazy.Value;

    public static ContentLibrary Read(string folder) => UsyncLibraryReader.Read(UsyncFolderReader.Read(folder));

    public static IReadOnlyList<ClinicSite> Clinics => LazyClinics.Value;

    /// <summary>The clinic's first domain, from Domains/ (lowest SortOrder).</summary>
    public static string Host(ClinicSite clinic) => clinic.Hosts[0];

    public static ClinicSite ClinicByHost(string host) =>
        Clinics.Single(c => c.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase));

    /// <summary>The articles the clinic's home page lists, in order, each with the library article's title and summary as
    /// the uSync file holds them.</summary>
    public static IEnumerable<(ClinicArticle Page, Article Article)> ServedArticles(ClinicSite clinic)
    {
        var slugs = ServedSlugs[Host(clinic)];
        foreach (var slug in slugs)
        {
            var page = clinic.Articles.Single(a => a.Slug == slug && a.IsPublished);
            var article = Library.Article(page.ArticleKey!.Value)!;
            yield return (page, Raw.Value.Article(article));
        }
    }

    /// <summary>The uSync files read as plain XML: <c>&lt;Properties&gt;&lt;alias&gt;&lt;Value&gt;</c> and <c>Domains/*.config</c>.</summary>
    private sealed class RawUsync
    {
        private readonly Dictionary<Guid, XElement> _content;
        private readonly List<XElement> _domains;

        public RawUsync(string folder)
        {
            _content = Directory.EnumerateFiles(Path.Combine(folder, "Content"), "*.config")
                .Select(f => XDocument.Load(f).Root!)
                .ToDictionary(r => Guid.Parse(r.Attribute("Key")!.Value));
            _domains = Directory.EnumerateFiles(Path.Combine(folder, "Domains"), "*.config").Select(f => XDocument.Load(f).Root!).ToList();
        }

        public ClinicSite Clinic(ClinicSite read) => read with
        {
            ClinicName = Value(read.Key, "clinicName"),
            Tagline = Value(read.Key, "tagline"),
            Phone = Value(read.Key, "phone"),
            Email = Value(read.Key, "email"),
            Address = Value(read.Key, "address"),
            City = Value(read.Key, "city"),
            BookingUrl = Value(read.Key, "bookingUrl"),
            Hosts = _domains
                .Where(d => d.Element("Info")?.Element("Root")?.Attribute("Key")?.Value == read.Key.ToString())
                .OrderBy(d => int.Parse(d.Element("Info")?.Element("SortOrder")?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture))
                .Select(d => d.Attribute("Alias")!.Value)
                .ToList(),
            Articles = read.Articles.Select(a => a with { IntroOverride = Value(a.Key, "introOverride") }).ToList(),
        };

        public Article Article(Article read) => read with { Title = Value(read.Key, "title"), Summary = Value(read.Key, "summary") };

        private string Value(Guid node, string alias) =>
            _content[node].Element("Properties")?.Element(alias)?.Element("Value")?.Value.Trim() ?? "";
    }
}
