using System.Text.RegularExpressions;

namespace ClinicKit.Umbraco.Tests.Fidelity;

/// <summary>
/// The property editor UIs Umbraco 17's backoffice defines, read from the compiled manifests of the @umbraco-cms/backoffice
/// npm package (<c>{ type: 'propertyEditorUi', alias: 'Umb.PropertyEditorUi.X', ... meta: { propertyEditorSchemaAlias: 'Umbraco.Y' } }</c>).
/// Aliases written as constants (<c>alias: UMB_BLOCK_LIST_PROPERTY_EDITOR_UI_ALIAS</c>) are resolved from their <c>export const</c>.
/// </summary>
internal sealed partial class BackofficeManifests
{
    private BackofficeManifests(string version, IReadOnlyDictionary<string, string?> schemaByUi)
    {
        Version = version;
        SchemaByUi = schemaByUi;
    }

    public string Version { get; }

    /// <summary>Every propertyEditorUi alias, with the property editor (schema) alias its manifest names, when it names one.</summary>
    public IReadOnlyDictionary<string, string?> SchemaByUi { get; }

    public static BackofficeManifests Load()
    {
        var dist = Paths.BackofficeDist;
        if (!Directory.Exists(dist))
        {
            Assert.Fail($"The @umbraco-cms/backoffice npm package is not installed ({dist} is missing). Run `npm ci` in src/ClinicKit.Backoffice, then run the tests again (CI runs npm ci before dotnet test).");
        }

        var files = Directory.EnumerateFiles(dist, "*.js", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var constants = new Dictionary<string, string>();
        foreach (Match m in files.SelectMany(f => Constant().Matches(f)))
        {
            constants.TryAdd(m.Groups["name"].Value, m.Groups["value"].Value);
        }

        string? Resolve(Group literal, Group identifier) =>
            literal.Success ? literal.Value : constants.GetValueOrDefault(identifier.Value);

        var schemaByUi = new Dictionary<string, string?>();
        foreach (var file in files)
        {
            foreach (Match manifest in PropertyEditorUi().Matches(file))
            {
                var alias = Resolve(manifest.Groups["alias"], manifest.Groups["aliasConst"]);
                if (alias is null)
                {
                    continue;
                }

                // The schema alias sits in the same manifest's meta, before the next manifest starts.
                var rest = file[(manifest.Index + manifest.Length)..];
                var next = NextManifest().Match(rest);
                var body = next.Success ? rest[..next.Index] : rest;
                var schema = SchemaAlias().Match(body);
                schemaByUi[alias] = schema.Success ? Resolve(schema.Groups["schema"], schema.Groups["schemaConst"]) : schemaByUi.GetValueOrDefault(alias);
            }
        }

        var packageJson = File.ReadAllText(Path.Combine(dist, "..", "package.json"));
        var version = Regex.Match(packageJson, "\"version\"\\s*:\\s*\"([^\"]+)\"").Groups[1].Value;
        return new BackofficeManifests(version, schemaByUi);
    }

    [GeneratedRegex(@"type:\s*'propertyEditorUi',\s*alias:\s*(?:'(?<alias>[^']+)'|(?<aliasConst>[A-Z0-9_]+))")]
    private static partial Regex PropertyEditorUi();

    [GeneratedRegex(@"\btype:\s*'")]
    private static partial Regex NextManifest();

    [GeneratedRegex(@"propertyEditorSchemaAlias:\s*(?:'(?<schema>[^']+)'|(?<schemaConst>[A-Z0-9_]+))")]
    private static partial Regex SchemaAlias();

    [GeneratedRegex(@"(?:export\s+)?const\s+(?<name>[A-Z0-9_]+)\s*=\s*'(?<value>[^']+)'")]
    private static partial Regex Constant();
}
