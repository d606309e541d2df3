using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>A loaded folder with the look-ups every rule needs, built once per validation.</summary>
public sealed class ValidationContext
{
    public ValidationContext(UsyncFolder folder, DateOnly today, ClaimOptions claimOptions)
    {
        Folder = folder;
        Today = today;
        ClaimOptions = claimOptions;
        DocumentTypes = folder.ContentTypes.GroupBy(t => t.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        DocumentTypesByKey = folder.ContentTypes.GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First());
        MediaTypes = folder.MediaTypes.ToList();
        DataTypes = folder.DataTypes.GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.First());
        Templates = folder.Templates.Select(t => t.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A site's export lists every language it has; a package's folder ships none and relies on the one every site is installed with.
        Languages = folder.Languages.Any()
            ? folder.Languages.Select(l => l.IsoCode ?? l.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>([BuiltIns.InstalledLanguage], StringComparer.OrdinalIgnoreCase);
    }

    public UsyncFolder Folder { get; }

    public DateOnly Today { get; }

    public ClaimOptions ClaimOptions { get; }

    public IReadOnlyDictionary<string, ContentTypeItem> DocumentTypes { get; }

    public IReadOnlyDictionary<Guid, ContentTypeItem> DocumentTypesByKey { get; }

    public IReadOnlyList<ContentTypeItem> MediaTypes { get; }

    public IReadOnlyDictionary<Guid, DataType> DataTypes { get; }

    public IReadOnlySet<string> Templates { get; }

    public IReadOnlySet<string> Languages { get; }

    /// <summary>The properties of a document type, its compositions' and its parents' included.</summary>
    public IEnumerable<PropertyTypeItem> AllProperties(ContentTypeItem type) => AllProperties(type, []);

    public Diagnostic At(DiagnosticCode code, UsyncItem item, string message, int? line = null, Severity? severity = null) =>
        Diagnostic.For(code, item.Source is null ? null : item.Source with { Line = line ?? item.Source.Line }, Describe(item), message, severity);

    /// <summary>How a message names an item: a node by its document type's name ("Citation 'Rush et al. 2006'"), which an
    /// editor recognises, rather than the prefixed alias.</summary>
    public string Describe(UsyncItem item) => item switch
    {
        ContentNode node => $"{TypeName(node.ContentType)} '{node.Name ?? node.Alias}'",
        _ => $"{item.Kind} '{item.Alias}'",
    };

    private string TypeName(string? alias) =>
        alias is not null && DocumentTypes.TryGetValue(alias, out var type) && !string.IsNullOrWhiteSpace(type.Name) ? type.Name : alias ?? "content";

    private IEnumerable<PropertyTypeItem> AllProperties(ContentTypeItem type, HashSet<Guid> seen)
    {
        if (!seen.Add(type.Key))
        {
            return [];
        }

        var inherited = type.Compositions.Select(c => c.Key).Append(type.Parent?.Key ?? Guid.Empty)
            .Select(k => DocumentTypesByKey.GetValueOrDefault(k))
            .OfType<ContentTypeItem>()
            .SelectMany(t => AllProperties(t, seen));
        return type.Properties.Concat(inherited);
    }
}

/// <summary>One rule over a loaded folder.</summary>
public interface IValidationRule
{
    IEnumerable<Diagnostic> Check(ValidationContext context);
}
