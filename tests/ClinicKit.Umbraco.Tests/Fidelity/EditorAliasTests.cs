using System.Reflection;
using ClinicKit.Umbraco.Tests.PublishGuard;
using Aliases = Umbraco.Cms.Core.Constants.PropertyEditors.Aliases;

namespace ClinicKit.Umbraco.Tests.Fidelity;

/// <summary>Every editor ClinicKit's files name is one Umbraco 17 has: property editors in Umbraco.Cms.Core, editor UIs in the backoffice.</summary>
public sealed class EditorAliasTests
{
    private static readonly Lazy<BackofficeManifests> Backoffice = new(BackofficeManifests.Load);

    /// <summary>Every <c>public const string</c> of <c>Constants.PropertyEditors.Aliases</c>.</summary>
    private static HashSet<string> UmbracoEditorAliases { get; } = typeof(Aliases)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    [Test]
    public void Every_property_editor_alias_ClinicKit_uses_is_one_Umbraco_17_defines()
    {
        var used = UmbracoModel.Shipped.DataTypes.Select(d => (Where: $"DataTypes/{d.Alias}", Alias: d.EditorAlias))
            .Concat(UmbracoModel.Shipped.ContentTypes.SelectMany(t => t.Properties.Select(p => (Where: $"ContentTypes/{t.Alias}.{p.Alias}", Alias: p.Type))))
            .ToList();

        Assert.That(UmbracoEditorAliases, Has.Member("Umbraco.BlockList").And.Member("Umbraco.ColorPicker.EyeDropper"), "reflection found the constants");
        Assert.That(used, Has.Count.GreaterThan(40));
        Assert.That(used.Where(u => u.Alias is null || !UmbracoEditorAliases.Contains(u.Alias)).Select(u => $"{u.Where}: {u.Alias}"), Is.Empty);
    }

    [Test]
    public void Every_editor_UI_alias_is_a_property_editor_UI_of_Umbraco_17s_backoffice_for_that_editor()
    {
        var manifests = Backoffice.Value;
        Assert.That(manifests.Version, Does.StartWith("17."), "the backoffice package is Umbraco 17's");
        Assert.That(manifests.SchemaByUi, Has.Count.GreaterThan(40), "the manifest scan found Umbraco's property editor UIs");

        foreach (var dataType in UmbracoModel.Shipped.DataTypes)
        {
            var ui = dataType.EditorUiAlias;
            Assert.That(ui, Is.Not.Null.And.Not.Empty, dataType.Alias);
            Assert.That(manifests.SchemaByUi.ContainsKey(ui!), Is.True, $"{dataType.Alias}: {ui} is not a propertyEditorUi in @umbraco-cms/backoffice {manifests.Version}");
            Assert.That(manifests.SchemaByUi[ui!], Is.EqualTo(dataType.EditorAlias), $"{dataType.Alias}: {ui} edits {manifests.SchemaByUi[ui!]}, not {dataType.EditorAlias}");
        }
    }

    [Test]
    public void The_manifest_scan_resolves_aliases_written_as_constants()
    {
        var schemaByUi = Backoffice.Value.SchemaByUi;

        Assert.That(schemaByUi["Umb.PropertyEditorUi.BlockList"], Is.EqualTo("Umbraco.BlockList"));
        Assert.That(schemaByUi["Umb.PropertyEditorUi.ContentPicker"], Is.EqualTo("Umbraco.MultiNodeTreePicker"));
        Assert.That(schemaByUi.Keys, Has.No.Member("Umb.PropertyEditorUi.DoesNotExist"));
    }
}
