using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Validation;

namespace ClinicKit.Content.Installing;

/// <summary>
/// Umbraco's built-in data types that the package's types use by key without shipping them. uSync resolves a property's data
/// type by its Definition key (ContentTypeBaseSerializer.cs, <c>GetOrCreatePropertyAsync</c>), so a site that deleted one gets
/// the property without its data type.
/// </summary>
internal static class BuiltInDataTypeCheck
{
    public static DataTypeReport Run(UsyncFolder package, UsyncFolder site)
    {
        var shipped = package.DataTypes.Select(d => d.Key).ToHashSet();
        var uses = package.Items.OfType<ContentTypeItem>()
            .SelectMany(t => t.Properties
                .Where(p => p.Definition is not null)
                .Select(p => (Key: p.Definition!.Value, Editor: p.Type, Use: $"{t.Alias}.{p.Alias}"))
                .Append((Key: t.ListView, Editor: (string?)null, Use: $"{t.Alias} (collection)")))
            .Where(u => BuiltIns.DataTypeKeys.Contains(u.Key) && !shipped.Contains(u.Key))
            .GroupBy(u => u.Key)
            .ToList();

        var siteHasDataTypes = site.DataTypes.Any();
        var siteKeys = site.DataTypes.Select(d => d.Key).ToHashSet();
        var missing = siteHasDataTypes
            ? uses.Where(g => !siteKeys.Contains(g.Key))
                .Select(g => new MissingDataType(
                    g.Key,
                    BuiltIns.DataTypeConstantNames.GetValueOrDefault(g.Key, g.Key.ToString()),
                    g.Select(u => u.Editor).FirstOrDefault(e => e is not null),
                    g.Select(u => u.Use).Order(StringComparer.Ordinal).ToList()))
                .OrderBy(m => m.Name, StringComparer.Ordinal)
                .ToList()
            : [];
        return new DataTypeReport(siteHasDataTypes, uses.Count, missing);
    }
}
