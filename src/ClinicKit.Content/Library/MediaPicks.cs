using System.Text.Json;

namespace ClinicKit.Content.Library;

/// <summary>The media items a Media Picker (Umbraco.MediaPicker3) value picks: its stored JSON is
/// <c>[{"key":"…","mediaKey":"…","mediaTypeAlias":"Image","crops":[],"focalPoint":null}]</c> (Umbraco's MediaWithCropsDto).</summary>
public static class MediaPicks
{
    /// <summary>The picked media keys in order; empty when the value is empty or not a media picker value.</summary>
    public static IReadOnlyList<Guid> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || !json.TrimStart().StartsWith('['))
        {
            return [];
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("mediaKey", out _))
                .Select(e => e.GetProperty("mediaKey").TryGetGuid(out var key) ? key : Guid.Empty)
                .ToList();
        }
        catch (JsonException)
        {
            // Malformed JSON is FileFormRules' error (CK0107); here it picks nothing.
            return [];
        }
    }

    /// <summary>The file an Image media item stores: umbracoFile is <c>{"src":"/media/…"}</c> (the Image Cropper's value).</summary>
    public static string? FileOf(string? umbracoFile)
    {
        if (string.IsNullOrWhiteSpace(umbracoFile))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(umbracoFile);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("src", out var src) && src.ValueKind == JsonValueKind.String
                ? src.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
