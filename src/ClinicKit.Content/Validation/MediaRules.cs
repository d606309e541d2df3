using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Library;

namespace ClinicKit.Content.Validation;

/// <summary>Images: every picked media item exists, and every image has alt text, which screen readers read out and
/// search engines index (Umbraco's built-in Image media type has an altText property but does not require it).</summary>
public sealed class MediaRules : IValidationRule
{
    public const string AltText = "altText";
    public const string File = "umbracoFile";

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

        foreach (var image in media.Values.Where(m => m.ContentType == "Image" && string.IsNullOrWhiteSpace(m.Value(AltText))))
        {
            yield return context.At(DiagnosticCodes.ImageAltTextMissing, image,
                $"the image '{image.Name}' has no alt text", image.Property(AltText)?.Line);
        }
    }
}
