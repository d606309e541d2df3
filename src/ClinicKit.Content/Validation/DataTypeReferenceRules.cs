using System.Text.Json.Nodes;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>Block editors must name element types that exist, and pickers must filter on types that exist.</summary>
public sealed class DataTypeReferenceRules : IValidationRule
{
    private static readonly string[] BlockEditors = ["Umbraco.BlockList", "Umbraco.BlockGrid", "Umbraco.RichText", "Umbraco.SingleBlock"];

    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var dataType in context.Folder.DataTypes)
        {
            var config = ConfigOrNull(dataType);
            if (config is null)
            {
                continue;
            }

            if (BlockEditors.Contains(dataType.EditorAlias))
            {
                foreach (var d in CheckBlocks(context, dataType, config))
                {
                    yield return d;
                }
            }

            if (dataType.EditorAlias is "Umbraco.MultiNodeTreePicker" or "Umbraco.MediaPicker3")
            {
                foreach (var d in CheckFilter(context, dataType, config))
                {
                    yield return d;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckBlocks(ValidationContext context, DataType dataType, JsonObject config)
    {
        foreach (var block in (config["blocks"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var member in new[] { "contentElementTypeKey", "settingsElementTypeKey" })
            {
                var key = KeyOf(block[member]);
                if (key is null)
                {
                    continue;
                }

                var type = context.DocumentTypesByKey.GetValueOrDefault(key.Value);
                if (type is null)
                {
                    yield return context.At(DiagnosticCodes.BlockElementMissing, dataType, $"{member} {key} is not a content type in the folder");
                }
                else if (!type.IsElement)
                {
                    yield return context.At(DiagnosticCodes.BlockElementMissing, dataType, $"{member} '{type.Alias}' is not an element type (IsElement is false)");
                }
            }
        }
    }

    /// <summary>The configuration, or null when it does not parse (another rule reports that).</summary>
    /// <remarks>Kept apart from the loops (as is <see cref="KeyOf"/>) so each mutation Stryker makes in them still compiles.</remarks>
    private static JsonObject? ConfigOrNull(DataType dataType)
    {
        try
        {
            return dataType.ParseConfig();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static Guid? KeyOf(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out var key) ? key : null;

    /// <summary>Umbraco 14+ stores "Allow items of type" as comma-separated type keys; older exports use aliases. Both resolve.</summary>
    private static IEnumerable<Diagnostic> CheckFilter(ValidationContext context, DataType dataType, JsonObject config)
    {
        var filter = config["filter"] is JsonValue f && f.TryGetValue<string>(out var s) ? s : "";
        var media = dataType.EditorAlias == "Umbraco.MediaPicker3"
            || (config["startNode"]?["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "media");
        foreach (var entry in filter.TrimStart('!').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var resolves = media
                ? Guid.TryParse(entry, out var mediaKey)
                    ? BuiltIns.MediaTypeKeys.Contains(mediaKey) || context.MediaTypes.Any(m => m.Key == mediaKey)
                    : BuiltIns.MediaTypeAliases.Contains(entry) || context.MediaTypes.Any(m => string.Equals(m.Alias, entry, StringComparison.OrdinalIgnoreCase))
                : Guid.TryParse(entry, out var key) ? context.DocumentTypesByKey.ContainsKey(key) : context.DocumentTypes.ContainsKey(entry);
            if (!resolves)
            {
                yield return context.At(DiagnosticCodes.PickerFilterMissing, dataType,
                    $"the picker allows items of type '{entry}', which is not a {(media ? "media" : "document")} type in the folder or built into Umbraco");
            }
        }
    }
}
