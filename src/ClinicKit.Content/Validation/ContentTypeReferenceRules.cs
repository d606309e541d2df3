using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>Everything a document, media or member type points at must exist, in the folder or among Umbraco's built-ins.</summary>
public sealed class ContentTypeReferenceRules : IValidationRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var types = context.Folder.Items.OfType<ContentTypeItem>().ToList();
        var keysByKind = types.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.Select(t => t.Key).ToHashSet());
        bool Exists(UsyncItemKind kind, Guid key) =>
            keysByKind.GetValueOrDefault(kind)?.Contains(key) == true
            || (kind == UsyncItemKind.MediaType && BuiltIns.MediaTypeKeys.Contains(key))
            || (kind == UsyncItemKind.MemberType && BuiltIns.MemberTypeKeys.Contains(key));

        foreach (var type in types)
        {
            foreach (var composition in type.Compositions.Where(c => !Exists(type.Kind, c.Key)))
            {
                yield return context.At(DiagnosticCodes.CompositionMissing, type, $"the composition '{composition.Alias}' ({composition.Key}) is not in the folder");
            }

            if (type.Parent is { } parent && !Exists(type.Kind, parent.Key))
            {
                yield return context.At(DiagnosticCodes.ParentTypeMissing, type, $"the parent type '{parent.Alias}' ({parent.Key}) is not in the folder");
            }

            foreach (var child in type.Structure.Where(c => !Exists(type.Kind, c.Key)))
            {
                yield return context.At(DiagnosticCodes.AllowedChildMissing, type, $"the allowed child '{child.Alias}' ({child.Key}) is not in the folder");
            }

            foreach (var template in type.AllowedTemplates.Select(t => t.Alias).Append(type.DefaultTemplate)
                         .Where(t => !string.IsNullOrEmpty(t) && !context.Templates.Contains(t!)).Distinct())
            {
                yield return context.At(DiagnosticCodes.TemplateMissing, type, $"the template '{template}' is not in Templates/");
            }

            var groups = type.Tabs.Select(t => t.Alias).ToHashSet(StringComparer.Ordinal);
            foreach (var property in type.Properties)
            {
                if (property.Definition is not { } definition)
                {
                    yield return context.At(DiagnosticCodes.DataTypeMissing, type, $"the property '{property.Alias}' has no <Definition>", property.Line);
                }
                else if (!context.DataTypes.ContainsKey(definition) && !BuiltIns.DataTypeKeys.Contains(definition))
                {
                    yield return context.At(DiagnosticCodes.DataTypeMissing, type,
                        $"the property '{property.Alias}' uses data type {definition}, which is neither in DataTypes/ nor built into Umbraco", property.Line);
                }

                if (property.TabAlias is { } tab && !groups.Contains(tab))
                {
                    yield return context.At(DiagnosticCodes.GroupMissing, type, $"the property '{property.Alias}' sits in '{tab}', which is not in <Tabs>", property.Line);
                }
            }
        }
    }
}
