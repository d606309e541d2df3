using ClinicKit.Content.Diagnostics;

namespace ClinicKit.Content.Installing;

/// <summary>What importing a package's uSync folder into a site would do, found by comparing the two folders before anything is installed.</summary>
public sealed record SiteCheckReport(
    string Site,
    string Package,
    IReadOnlyList<ItemMatch> Matches,
    LanguageReport Languages,
    DataTypeReport DataTypes,
    IReadOnlyList<SkippedFile> SkippedFiles,
    IReadOnlyList<Diagnostic> Unreadable)
{
    public IEnumerable<ItemMatch> Takeovers => Matches.Where(m => m.Outcome == MatchOutcome.Takeover);

    public IEnumerable<ItemMatch> Updates => Matches.Where(m => m.Outcome == MatchOutcome.Update);

    /// <summary>Items and settings of the site that the import would overwrite although they are not the package's.</summary>
    public int TakeoverCount => Takeovers.Count() + Languages.Changes.Count(c => c.TakesOver);
}

public enum MatchOutcome
{
    /// <summary>The site already has this item of the package (same key): an earlier install; the import updates it.</summary>
    Update,

    /// <summary>uSync finds a different item of the site (by alias or name) and overwrites it with the package's.</summary>
    Takeover,
}

/// <summary>An item of the package that uSync's import would find on the site, and how it finds it.</summary>
/// <param name="MatchedBy"><c>key</c>, <c>alias</c>, <c>domain name</c> or <c>name under the same parent</c>.</param>
public sealed record ItemMatch(MatchOutcome Outcome, ItemRef Ours, ItemRef Theirs, string MatchedBy, string Effect);

/// <summary>An item as people recognise it: its kind, alias, name, key and file (relative to its uSync folder).</summary>
public sealed record ItemRef(string Kind, string Alias, string Name, Guid Key, string File);

/// <param name="SiteListsLanguages">False when the site's folder has no Languages/ files, so its languages are unknown.</param>
/// <param name="SiteDefault">The site's default language, when its folder says.</param>
/// <param name="DefaultAfterImport">The default language after the import (the same as <paramref name="SiteDefault"/> unless a change takes it over).</param>
public sealed record LanguageReport(
    bool SiteListsLanguages,
    string? SiteDefault,
    string? DefaultAfterImport,
    int PackageLanguageFiles,
    IReadOnlyList<LanguageChange> Changes,
    IReadOnlyList<MissingLanguage> Missing);

/// <summary>What a language file of the package does to the site's language of the same ISO code.</summary>
public sealed record LanguageChange(string IsoCode, string File, string What, bool TakesOver);

/// <summary>A language the package's items are written in that the site does not have, and what uSync does without it.</summary>
public sealed record MissingLanguage(string IsoCode, int DictionaryItems, IReadOnlyList<string> Domains);

/// <param name="SiteHasDataTypes">False when the site's folder has no DataTypes/ files, so which data types it has is unknown.</param>
/// <param name="Needed">How many of Umbraco's built-in data types the package's types use (by key, without shipping them).</param>
public sealed record DataTypeReport(bool SiteHasDataTypes, int Needed, IReadOnlyList<MissingDataType> Missing);

/// <param name="Name">The name of the key's constant in Umbraco's <c>Constants.DataTypes.Guids</c>.</param>
/// <param name="UsedBy">The package's properties that use it, as <c>typeAlias.propertyAlias</c>.</param>
public sealed record MissingDataType(Guid Key, string Name, string? Editor, IReadOnlyList<string> UsedBy);

/// <summary>A file of the package that the site already has at the same path, so the package's build step leaves the site's copy.</summary>
public sealed record SkippedFile(string File, bool Identical);
