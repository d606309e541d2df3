using System.Diagnostics.CodeAnalysis;
using Umbraco.Cms.Core;

namespace ClinicKit.Content.Blocks;

/// <summary>Umbraco's <c>umb://document/…</c> references, parsed and written with Umbraco's own <see cref="UdiParser"/>.</summary>
public static class Udis
{
    public static bool TryParseKey(string? text, out Guid key)
    {
        key = Guid.Empty;
        if (text is null || !UdiParser.TryParse(text.Trim(), out Udi? udi) || udi is not GuidUdi guidUdi)
        {
            return false;
        }

        key = guidUdi.Guid;
        return true;
    }

    public static bool TryParseDocument(string? text, [NotNullWhen(true)] out GuidUdi? udi)
    {
        udi = null;
        if (text is not null && UdiParser.TryParse(text.Trim(), out Udi? parsed) && parsed is GuidUdi g && g.EntityType == Constants.UdiEntityType.Document)
        {
            udi = g;
        }

        return udi is not null;
    }

    /// <summary>The document UDI for a key, as a content picker stores it (<c>umb://document/</c> + 32 hex digits).</summary>
    public static string Document(Guid key) => new GuidUdi(Constants.UdiEntityType.Document, key).ToString();

    /// <summary>The document keys in a picker value (comma-separated UDIs); entries that are not document UDIs are returned as text.</summary>
    public static IReadOnlyList<PickedDocument> ParsePicked(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => TryParseDocument(part, out var udi) ? new PickedDocument(udi.Guid, part) : new PickedDocument(null, part))
            .ToList();
}

/// <summary>One entry of a picker value: its key when it is a document UDI, and the text as stored.</summary>
public sealed record PickedDocument(Guid? Key, string Raw);
