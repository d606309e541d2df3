using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Installing;

/// <summary>
/// What the package's languages and language references do to the site. uSync finds a language by ISO code only and copies
/// IsDefault, IsMandatory and the fallback from the file onto it, in both passes (uSync.Core/Serialization/Serializers/LanguageSerializer.cs).
/// A dictionary translation names its language by ISO code and is skipped when the site lacks that language
/// (DictionaryItemSerializer.cs, <c>DeserializeTranslationsAsync</c>); a domain's language likewise (DomainSerializer.cs).
/// </summary>
internal static class LanguageCheck
{
    public static LanguageReport Run(UsyncFolder package, UsyncFolder site)
    {
        var siteLanguages = site.Languages.GroupBy(IsoOf, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var listed = siteLanguages.Count > 0;
        var siteDefault = siteLanguages.Values.FirstOrDefault(l => l.IsDefault) is { } d ? IsoOf(d) : null;
        var newDefault = siteDefault;
        var changes = new List<LanguageChange>();
        foreach (var ours in package.Languages)
        {
            var iso = IsoOf(ours);
            var file = ours.Source?.File ?? "";
            var theirs = siteLanguages.GetValueOrDefault(iso);
            if (ours.IsDefault && !listed)
            {
                changes.Add(new(iso, file, $"makes {iso} the default language; the site's folder does not list its languages, so unless {iso} is already its default, the default changes", true));
            }
            else if (ours.IsDefault && siteDefault is not null && !string.Equals(siteDefault, iso, StringComparison.OrdinalIgnoreCase))
            {
                changes.Add(new(iso, file, $"makes {iso} the default language instead of {siteDefault}", true));
                newDefault = iso;
            }
            else if (!ours.IsDefault && theirs is { IsDefault: true })
            {
                changes.Add(new(iso, file, $"takes the default flag off {iso}, the site's default language; Umbraco refuses (LanguageService: MissingDefault) and uSync reports the language as failed", true));
            }
            else if (theirs is null)
            {
                changes.Add(new(iso, file, listed ? $"adds {iso}" : $"adds {iso} unless the site has it", false));
            }
            else if (theirs.IsMandatory != ours.IsMandatory || !string.Equals(theirs.Fallback, ours.Fallback, StringComparison.OrdinalIgnoreCase))
            {
                changes.Add(new(iso, file, $"changes {iso}'s mandatory setting or fallback language to the package's", true));
            }
        }

        return new LanguageReport(listed, siteDefault, newDefault, package.Languages.Count(), changes, listed ? Missing(package, siteLanguages.Keys) : []);
    }

    private static List<MissingLanguage> Missing(UsyncFolder package, IEnumerable<string> siteLanguages)
    {
        var available = siteLanguages.Concat(package.Languages.Select(IsoOf)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var translations = package.Dictionary.SelectMany(item => item.Translations.Select(t => t.Language).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(l => l, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var domains = package.Domains.Where(d => d.Language is not null).ToLookup(d => d.Language!, StringComparer.OrdinalIgnoreCase);
        return translations.Keys.Concat(domains.Select(g => g.Key))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(iso => !available.Contains(iso))
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(iso => new MissingLanguage(iso, translations.GetValueOrDefault(iso), domains[iso].Select(d => d.Alias).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    private static string IsoOf(Language language) => language.IsoCode ?? language.Alias;
}
