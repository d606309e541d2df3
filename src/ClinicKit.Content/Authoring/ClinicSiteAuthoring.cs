using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Validation;

namespace ClinicKit.Content.Authoring;

/// <summary>The files a new clinic needs: its clinicSite root, a clinicArticle per reused article, its treatment, contact and
/// legal pages, and its domain.</summary>
public static class ClinicSiteAuthoring
{
    /// <summary>The items to write, or the reasons they cannot be written (an unknown article slug, a clinic that already exists).</summary>
    public static (IReadOnlyList<UsyncItem> Items, IReadOnlyList<string> Problems) Plan(UsyncFolder folder, NewClinic clinic, bool force, DateTime now)
    {
        var domain = clinic.Domain.ToLowerInvariant();
        var rootKey = DeterministicKeys.For("clinic", domain);
        var problems = clinic.Problems().ToList();

        var library = folder.Content.Where(n => n.ContentType == DocumentTypes.Article.Alias && !n.Trashed)
            .OrderBy(n => n.SortOrder ?? 0).ToList();
        var bySlug = library.ToDictionary(n => UsyncFileNames.UrlSegment(n.Name ?? n.Alias), StringComparer.OrdinalIgnoreCase);
        var picked = new List<ContentNode>();
        foreach (var slug in clinic.ArticleSlugs ?? library.Where(n => n.Published).Select(n => UsyncFileNames.UrlSegment(n.Name ?? n.Alias)))
        {
            if (!bySlug.TryGetValue(slug, out var article))
            {
                problems.Add($"there is no library article '{slug}'; known: {string.Join(", ", bySlug.Keys)}");
            }
            else if (!article.Published)
            {
                problems.Add($"the library article '{slug}' is not published");
            }
            else
            {
                picked.Add(article);
            }
        }

        if (!force)
        {
            if (folder.Domains.FirstOrDefault(d => string.Equals(d.Alias, domain, StringComparison.OrdinalIgnoreCase)) is { } taken)
            {
                problems.Add($"the domain {domain} already exists ({taken.Source}); use --force to replace that clinic");
            }
            else if (folder.ContentByKey(rootKey) is not null
                || folder.Content.Any(n => n.IsRoot && n.ContentType == DocumentTypes.ClinicSite.Alias && string.Equals(n.Name, clinic.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"a clinic named '{clinic.Name.Trim()}' already exists; use --force to replace it");
            }
        }

        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var existing = folder.ContentByKey(rootKey);
        var sortOrder = existing?.SortOrder ?? (folder.Content.Where(n => n.IsRoot).Select(n => n.SortOrder ?? 0).DefaultIfEmpty(-1).Max() + 1);
        var root = ContentNodes.Create(rootKey, clinic.Name.Trim(), DocumentTypes.ClinicSite.Alias, null, sortOrder, published: true, now)
            .Set(Props.Address, clinic.Address.Trim())
            .Set(Props.HeroPromise, "")
            .Set(Props.HeroText, "")
            .Set(Props.BookingUrl, clinic.BookingUrl)
            .Set(Props.BrandColor, clinic.BrandColor.ToUpperInvariant())
            .Set(Props.CallToAction, ContentNodes.BlockList([CallToAction(rootKey, clinic.CtaText)]))
            .Set(Props.CanonicalStrategy, new JsonArray(JsonValue.Create(Choices.CanonicalSelf)).ToJsonString())
            .Set(Props.City, clinic.City.Trim())
            .Set(Props.ClinicName, clinic.Name.Trim())
            .Set(Props.Email, clinic.Email)
            .Set(Props.MetaDescription, "")
            .Set(Props.MetaTitle, "")
            .Set(Props.NoIndex, "0")
            .Set(Props.Phone, clinic.Phone)
            .Set(Props.Tagline, $"Ketamine treatment information from {clinic.Name.Trim()}, {clinic.City.Trim()}");
        if (existing is not null)
        {
            root.Source = existing.Source;
            root.CreateDate = existing.CreateDate;
        }

        var items = new List<UsyncItem> { root };
        items.AddRange(picked.Select((article, i) =>
        {
            var node = ContentNodes.Create(DeterministicKeys.For("clinic", domain, "article", article.Key.ToString()), article.Name ?? article.Alias,
                    DocumentTypes.ClinicArticle.Alias, root, i, published: true, now)
                .Set(Props.Article, Udis.Document(article.Key))
                .Set(Props.CallToAction, "")
                .Set(Props.IntroOverride, "")
                .Set(Props.MetaDescription, "")
                .Set(Props.MetaTitle, "")
                .Set(Props.NoIndex, "0");
            node.Source = folder.ContentByKey(node.Key)?.Source;
            return node;
        }));
        var pages = ClinicPagesAuthoring.Plan(root, clinic, OpeningHoursText.Parse(clinic.OpeningHours).Hours, picked.Count, now);
        foreach (var page in pages)
        {
            page.Source = folder.ContentByKey(page.Key)?.Source;
        }

        items.AddRange(pages);
        items.Add(new Domain
        {
            Key = UsyncKeys.ForDomain(domain),
            Alias = domain,
            IsWildcard = false,
            Language = folder.Languages.FirstOrDefault(l => l.IsDefault)?.IsoCode ?? BuiltIns.InstalledLanguage,
            RootKey = rootKey,
            RootPath = DomainRootPath.Of(root, folder.ContentByKey),
            SortOrder = 0,
            Source = folder.Domains.FirstOrDefault(d => string.Equals(d.Alias, domain, StringComparison.OrdinalIgnoreCase))?.Source,
        });

        // Written as uSync writes them (properties in alias order, JSON as uSync formats it), so 'clinickit format' finds nothing to do.
        foreach (var item in items)
        {
            UsyncCanonicalForm.Apply(item);
        }

        return (items, []);
    }

    private static BlockItem CallToAction(Guid clinicKey, string text) => new(
        DocumentTypes.CtaBlock.Key,
        DeterministicKeys.For("clinic", clinicKey.ToString(), "cta"),
        [
            ContentNodes.Value(Props.Heading, "Talk to {{clinic.name}}"),
            ContentNodes.Value(Props.Body, text),
            ContentNodes.Value(Props.ButtonLabel, "Book a consultation"),
            ContentNodes.Value(Props.Link, new JsonArray()),
            ContentNodes.Value(Props.Style, new JsonArray(JsonValue.Create("Primary"))),
        ]);
}
