using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Content.Validation;

/// <summary>Images: every picked media item exists, every image has alt text, which screen readers read out and search
/// engines index, and every value a media item sets has a property on its media type: uSync drops any other value on import.
/// Umbraco's own Image type has no altText (DatabaseDataCreator.cs gives it umbracoFile, umbracoWidth, umbracoHeight,
/// umbracoBytes and umbracoExtension), which is why ClinicKit's images are clinicKitImage.</summary>
public sealed class MediaRules : IValidationRule
{
    public const string AltText = "altText";
    public const string File = "umbracoFile";

    /// <summary>A screen reader reads alt text out whole, with no way to skip within it, and every card, hero and link preview
    /// that shows the image repeats it in the page; a description longer than this belongs in the page's text.</summary>
    public const int MaxAltText = 250;

    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var media = context.Folder.Media.Where(m => !m.Trashed).GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.First());

        foreach (var node in context.Folder.Content.Where(n => !n.Trashed))
        {
            foreach (var property in node.Properties)
            {
                foreach (var key in MediaPicks.Parse(property.Invariant).Where(k => !media.ContainsKey(k)))
                {
                    yield return context.At(DiagnosticCodes.MediaMissing, node,
                        $"'{property.Alias}' picks the media item {key}, which is not in Media/", property.Line);
                }
            }
        }

        var shippedTypes = context.MediaTypes.GroupBy(t => t.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var item in media.Values)
        {
            var shipped = shippedTypes.GetValueOrDefault(item.ContentType ?? "");
            if (shipped is null && !BuiltIns.MediaTypeAliases.Contains(item.ContentType ?? ""))
            {
                continue;
            }

            var properties = shipped?.Properties.Select(p => p.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? BuiltIns.MediaPropertyAliases;
            foreach (var property in item.Properties.Where(p => !properties.Contains(p.Alias)))
            {
                yield return context.At(DiagnosticCodes.MediaPropertyNotOnType, item, shipped is null
                    ? $"'{property.Alias}' is not a property of Umbraco's own '{item.ContentType}' media type, and MediaTypes/ does not ship one that has it"
                    : $"'{property.Alias}' is not a property of the media type '{item.ContentType}' ({shipped.Source?.File})", property.Line);
            }
        }

        foreach (var image in media.Values.Where(m => m.ContentType == ClinicKitMediaTypes.Image.Alias && string.IsNullOrWhiteSpace(m.Value(AltText))))
        {
            yield return context.At(DiagnosticCodes.ImageAltTextMissing, image,
                $"the image '{image.Name}' has no alt text", image.Property(AltText)?.Line);
        }

        foreach (var image in media.Values.Where(m => m.ContentType == ClinicKitMediaTypes.Image.Alias && (m.Value(AltText)?.Length ?? 0) > MaxAltText))
        {
            yield return context.At(DiagnosticCodes.ImageAltTextTooLong, image,
                $"the image '{image.Name}' has {image.Value(AltText)!.Length} characters of alt text; keep it to {MaxAltText}", image.Property(AltText)?.Line);
        }
    }
}
