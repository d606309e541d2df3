using System.Reflection;
using Umbraco.Cms.Core;

namespace ClinicKit.Content.Validation;

/// <summary>What every Umbraco 17 site already has, read from Umbraco.Cms.Core's own constants: references to these resolve without a file.</summary>
public static class BuiltIns
{
    public static IReadOnlySet<Guid> DataTypeKeys { get; } = GuidConstants(typeof(Constants.DataTypes.Guids));

    /// <summary>Each built-in data type's key and the name of its constant in <see cref="Constants.DataTypes.Guids"/> (Textstring, Checkbox, RelatedLinks, ...).</summary>
    public static IReadOnlyDictionary<Guid, string> DataTypeConstantNames { get; } =
        typeof(Constants.DataTypes.Guids).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string) && Guid.TryParse((string)f.GetValue(null)!, out _))
            .GroupBy(f => Guid.Parse((string)f.GetValue(null)!))
            .ToDictionary(g => g.Key, g => g.First().Name);

    /// <summary>The language Umbraco's installer creates as the default (Umbraco.Infrastructure DatabaseDataCreator, CreateLanguageData); Core has no constant for it.</summary>
    public const string InstalledLanguage = "en-US";

    public static IReadOnlySet<Guid> MediaTypeKeys { get; } = GuidConstants(typeof(Constants.MediaTypes.Guids));

    public static IReadOnlySet<string> MediaTypeAliases { get; } = new HashSet<string>(
        StringConstants(typeof(Constants.Conventions.MediaTypes)).Where(a => a != Constants.Conventions.MediaTypes.AutoSelect),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The properties Umbraco's own media types have, as DatabaseDataCreator creates them.</summary>
    public static IReadOnlySet<string> MediaPropertyAliases { get; } = new HashSet<string>(
        [Constants.Conventions.Media.File, Constants.Conventions.Media.Width, Constants.Conventions.Media.Height,
            Constants.Conventions.Media.Bytes, Constants.Conventions.Media.Extension],
        StringComparer.OrdinalIgnoreCase);

    public static IReadOnlySet<Guid> MemberTypeKeys { get; } = GuidConstants(typeof(Constants.MemberTypes.Guids));

    public static IReadOnlySet<string> PropertyEditorAliases { get; } =
        new HashSet<string>(StringConstants(typeof(Constants.PropertyEditors.Aliases)), StringComparer.Ordinal);

    private static IEnumerable<string> StringConstants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string))
            .Select(f => (string)f.GetValue(null)!);

    private static HashSet<Guid> GuidConstants(Type type) =>
        StringConstants(type).Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToHashSet();
}
