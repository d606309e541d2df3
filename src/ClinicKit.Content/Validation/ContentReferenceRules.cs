using System.Text.Json;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>Nodes, domains and dictionary items must point at things that exist, and block values must be whole.</summary>
public sealed class ContentReferenceRules : IValidationRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var folder = context.Folder;
        var mediaKeys = folder.Media.Select(m => m.Key).ToHashSet();
        var cycles = NodesInCycles(folder.Items.OfType<ContentNode>());
        foreach (var node in folder.Items.OfType<ContentNode>())
        {
            var isMedia = node.Kind == UsyncItemKind.Media;
            if (cycles.Contains((node.Kind, node.Key)))
            {
                yield return context.At(DiagnosticCodes.ParentCycle, node, node.ParentKey == node.Key
                    ? $"the node is its own parent ({node.Key})"
                    : $"following the parents from this node comes back to it ({node.Key})");
            }

            var typeExists = isMedia
                ? BuiltIns.MediaTypeAliases.Contains(node.ContentType ?? "") || context.MediaTypes.Any(m => string.Equals(m.Alias, node.ContentType, StringComparison.OrdinalIgnoreCase))
                : context.DocumentTypes.ContainsKey(node.ContentType ?? "");
            if (!typeExists)
            {
                yield return context.At(DiagnosticCodes.ContentTypeMissing, node, $"the {(isMedia ? "media" : "content")} type '{node.ContentType}' is not in the folder");
            }

            var parentExists = node.IsRoot || (isMedia ? mediaKeys.Contains(node.ParentKey) : folder.ContentByKey(node.ParentKey) is not null);
            if (!parentExists && !node.Trashed)
            {
                yield return context.At(DiagnosticCodes.ParentNodeMissing, node, $"the parent '{node.ParentName}' ({node.ParentKey}) is not in the folder");
            }

            if (node.Template is { } template && !context.Templates.Contains(template.Alias))
            {
                yield return context.At(DiagnosticCodes.TemplateMissing, node, $"the template '{template.Alias}' is not in Templates/");
            }

            if (!isMedia && context.DocumentTypes.GetValueOrDefault(node.ContentType ?? "") is { } type)
            {
                foreach (var d in CheckBlockValues(context, node, type))
                {
                    yield return d;
                }
            }
        }

        var contentKeys = folder.Content.Select(n => n.Key).ToHashSet();
        foreach (var domain in folder.Domains)
        {
            if (domain.RootKey is not { } root || !contentKeys.Contains(root))
            {
                yield return context.At(DiagnosticCodes.DomainRootMissing, domain,
                    $"the domain '{domain.Alias}' points at {domain.RootKey?.ToString() ?? "no node"} ({domain.RootPath}), which is not a content node in the folder");
            }
            else if (folder.ContentByKey(root) is { } rootNode && DomainRootPath.Of(rootNode, folder.ContentByKey) is var path && domain.RootPath != path)
            {
                yield return context.At(DiagnosticCodes.DomainRootText, domain, $"the Root text is '{domain.RootPath}'; uSync writes '{path}' for that node");
            }

            if (domain.Language is { } language && !context.Languages.Contains(language))
            {
                yield return context.At(DiagnosticCodes.DomainLanguageMissing, domain, folder.Languages.Any()
                    ? $"the language '{language}' is not in Languages/"
                    : $"the language '{language}' is not in Languages/, and the folder has none (then only {BuiltIns.InstalledLanguage}, which Umbraco installs, resolves)");
            }
        }

        var dictionaryKeys = folder.Dictionary.Select(d => d.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var item in folder.Dictionary.Where(d => d.Parent is not null && !dictionaryKeys.Contains(d.Parent)))
        {
            yield return context.At(DiagnosticCodes.DictionaryParentMissing, item, $"the parent item '{item.Parent}' is not in Dictionary/");
        }
    }

    /// <summary>The nodes whose parent chain comes back to them. Each node is walked once (linear in the folder's size):
    /// a walk stops at a node an earlier walk settled.</summary>
    private static HashSet<(UsyncItemKind, Guid)> NodesInCycles(IEnumerable<ContentNode> nodes)
    {
        var parents = nodes.GroupBy(n => (n.Kind, n.Key)).ToDictionary(g => g.Key, g => g.First().ParentKey);
        var settled = new HashSet<(UsyncItemKind, Guid)>();
        var inCycles = new HashSet<(UsyncItemKind, Guid)>();
        foreach (var start in parents.Keys)
        {
            var path = new List<(UsyncItemKind, Guid)>();
            var onPath = new Dictionary<(UsyncItemKind, Guid), int>();
            for (var at = start; parents.ContainsKey(at) && !settled.Contains(at); at = (at.Kind, parents[at]))
            {
                if (onPath.TryGetValue(at, out var loopStart))
                {
                    inCycles.UnionWith(path.Skip(loopStart));
                    break;
                }

                onPath[at] = path.Count;
                path.Add(at);
            }

            settled.UnionWith(path);
        }

        return inCycles;
    }

    private static bool IsJson(string text)
    {
        try
        {
            JsonDocument.Parse(text).Dispose();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<Diagnostic> CheckBlockValues(ValidationContext context, ContentNode node, ContentTypeItem type)
    {
        var blockProperties = context.AllProperties(type)
            .Where(p => p.Definition is { } d && context.DataTypes.GetValueOrDefault(d)?.EditorAlias is "Umbraco.BlockList" or "Umbraco.BlockGrid")
            .Select(p => p.Alias)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var property in node.Properties.Where(p => blockProperties.Contains(p.Alias)))
        {
            foreach (var stored in property.Values)
            {
                if (!BlockValueJson.TryParse(stored.Text, out var value, out var error))
                {
                    yield return context.At(IsJson(stored.Text) ? DiagnosticCodes.WrongJsonShape : DiagnosticCodes.InvalidJson, node, $"'{property.Alias}': {error}", property.Line);
                    continue;
                }

                foreach (var twin in value.ContentData.GroupBy(b => b.Key).Where(g => g.Count() > 1))
                {
                    yield return context.At(DiagnosticCodes.BlockBroken, node, $"'{property.Alias}': {twin.Count()} blocks share the key {twin.Key}", property.Line);
                }

                foreach (var missing in value.AllLayoutItems().Where(l => value.Content(l.ContentKey) is null))
                {
                    yield return context.At(DiagnosticCodes.BlockBroken, node, $"'{property.Alias}': the layout lists block {missing.ContentKey}, which has no content data", property.Line);
                }

                foreach (var block in value.ContentData)
                {
                    if (context.DocumentTypesByKey.GetValueOrDefault(block.ContentTypeKey) is not { IsElement: true })
                    {
                        yield return context.At(DiagnosticCodes.BlockBroken, node,
                            $"'{property.Alias}': block {block.Key} uses element type {block.ContentTypeKey}, which is not an element type in the folder", property.Line);
                    }

                    if (!value.IsExposed(block.Key))
                    {
                        yield return context.At(DiagnosticCodes.BlockNotExposed, node, $"'{property.Alias}': block {block.Key} is not in 'expose', so Umbraco will not render it", property.Line);
                    }
                }
            }
        }
    }
}
