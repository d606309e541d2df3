using System.Text.Json;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>Files in the form uSync writes: the right name and level, data types it can import faithfully, and no accidental deletes.</summary>
public sealed class FileFormRules : IValidationRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var item in context.Folder.Items)
        {
            var file = item.Source!.File;
            if (file != UsyncFileNames.PathOf(item) && file != UsyncFileNames.ClashPathOf(item)
                && !string.Equals(Path.GetFileNameWithoutExtension(file), item.Key.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                yield return context.At(DiagnosticCodes.FileName, item, $"uSync would write this item to {UsyncFileNames.PathOf(item)}");
            }

            if (item is EmptyItem empty && empty.Change.Equals("Delete", StringComparison.OrdinalIgnoreCase))
            {
                yield return context.At(DiagnosticCodes.DeleteAction, item, $"importing this file deletes '{item.Alias}' ({item.Key}) from the site");
            }

            if (ExpectedLevel(context, item) is { } level && item.Level != level)
            {
                yield return context.At(DiagnosticCodes.Level, item, $"Level is {item.Level?.ToString() ?? "missing"}; its place in the tree gives {level}");
            }

            if (item is DataType dataType)
            {
                foreach (var d in CheckDataType(context, dataType))
                {
                    yield return d;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckDataType(ValidationContext context, DataType dataType)
    {
        if (string.IsNullOrWhiteSpace(dataType.EditorUiAlias))
        {
            yield return context.At(DiagnosticCodes.MissingEditorUi, dataType, $"the data type '{dataType.Name}' has no <EditorUIAlias>");
        }

        if (dataType.EditorAlias is { } editor && !BuiltIns.PropertyEditorAliases.Contains(editor))
        {
            yield return context.At(DiagnosticCodes.UnknownEditor, dataType,
                $"'{editor}' is not a property editor Umbraco 17 defines; the site needs the package that provides it", severity: Severity.Warning);
        }

        string? error = null;
        try
        {
            JsonDocument.Parse(dataType.Config).Dispose();
        }
        catch (JsonException e)
        {
            error = e.Message;
        }

        if (error is not null)
        {
            yield return context.At(DiagnosticCodes.InvalidJson, dataType, $"the configuration is not valid JSON: {error}");
        }
    }

    /// <summary>The Level uSync writes: folder depth for types and data types, tree depth for nodes, master depth for templates.</summary>
    private static int? ExpectedLevel(ValidationContext context, UsyncItem item) => item switch
    {
        ContentTypeItem { Parent: { } parent } type => context.DocumentTypesByKey.GetValueOrDefault(parent.Key)?.Level + 1 ?? type.Level,
        ContentTypeItem type => type.FolderNames.Count() + 1,
        DataType dataType => string.IsNullOrEmpty(dataType.Folder) ? 1 : dataType.Folder.Split('/').Length + 1,
        ContentNode { Trashed: false } node => NodeLevel(context, node),
        Template template => TemplateLevel(context, template, 0),
        _ => null,
    };

    private static int? NodeLevel(ValidationContext context, ContentNode node)
    {
        if (node.IsRoot)
        {
            return 1;
        }

        var parent = node.Kind == UsyncItemKind.Content
            ? context.Folder.ContentByKey(node.ParentKey)
            : context.Folder.Media.FirstOrDefault(m => m.Key == node.ParentKey);
        return parent?.Level + 1;
    }

    private static int? TemplateLevel(ValidationContext context, Template template, int depth)
    {
        if (template.Parent is null || depth > 20)
        {
            return 1;
        }

        var master = context.Folder.Templates.FirstOrDefault(t => string.Equals(t.Alias, template.Parent, StringComparison.OrdinalIgnoreCase));
        return master is null ? null : TemplateLevel(context, master, depth + 1) + 1;
    }
}
