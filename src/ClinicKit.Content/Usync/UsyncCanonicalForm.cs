using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Content.Usync;

/// <summary>What uSync itself would write for an item: its collections in uSync's order, its JSON as uSync formats it, and no stray whitespace.</summary>
/// <remarks>Used by <c>clinickit format</c> to tidy files a person edited or a merge touched.</remarks>
public static class UsyncCanonicalForm
{
    // uSync sorts with LINQ's default string comparer, which is culture-aware; on its servers that is the invariant culture's order.
    private static readonly StringComparer AliasOrder = StringComparer.InvariantCulture;

    public static byte[] Bytes(UsyncItem item)
    {
        Apply(item);
        return UsyncSerializers.ToCanonicalBytes(item);
    }

    /// <summary>Puts the item's collections in the order uSync writes them.</summary>
    public static void Apply(UsyncItem item)
    {
        item.Trivia = FileTrivia.Canonical;
        switch (item)
        {
            case ContentTypeItem type:
                type.Compositions = [.. type.Compositions.OrderBy(c => c.Alias, AliasOrder)];
                type.AllowedTemplates = [.. type.AllowedTemplates.OrderBy(t => t.Alias, AliasOrder)];
                type.Structure = [.. type.Structure.OrderBy(s => s.SortOrder)];
                type.Properties = [.. type.Properties.OrderBy(p => p.Alias, AliasOrder)];
                type.Tabs = [.. type.Tabs.OrderBy(t => t.Key)];
                break;
            case ContentNode node:
                node.CultureNames = [.. node.CultureNames.OrderBy(n => n.Culture, StringComparer.Ordinal)];
                node.CulturePublished = [.. node.CulturePublished.OrderBy(n => n.Culture, StringComparer.Ordinal)];
                node.Properties = [.. node.Properties.OrderBy(p => p.Alias, AliasOrder)];
                foreach (var property in node.Properties)
                {
                    property.Values = [.. property.Values.OrderBy(v => v.Culture ?? "", StringComparer.Ordinal)];
                }

                break;
            case DictionaryItem dictionary:
                dictionary.Translations = [.. dictionary.Translations.OrderBy(t => t.Language, StringComparer.Ordinal)];
                break;
            case DataType dataType:
                dataType.Config = CanonicalConfig(dataType.Config);
                break;
        }
    }

    /// <summary>uSync writes a data type's configuration with its top-level members sorted by name, indented, escaped as System.Text.Json does.</summary>
    public static string CanonicalConfig(string config)
    {
        JsonObject? parsed;
        try
        {
            parsed = JsonNode.Parse(config) as JsonObject;
        }
        catch (JsonException)
        {
            return config;
        }

        if (parsed is null)
        {
            return config;
        }

        var sorted = new JsonObject();
        foreach (var (name, value) in parsed.OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
        {
            parsed.Remove(name);
            sorted[name] = value;
        }

        return sorted.ToJsonString(BlockValueJson.WriteOptions);
    }
}
