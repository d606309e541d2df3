using System.Text.Json.Nodes;

namespace ClinicKit.Content.Usync.Items;

public sealed class DataType : UsyncItem
{
    public override UsyncItemKind Kind => UsyncItemKind.DataType;

    public string? Name { get; set; }

    public string? EditorAlias { get; set; }

    public string? EditorUiAlias { get; set; }

    /// <summary>The backoffice folder path (uSync's URL-encoded <c>Folder</c>), written only when <see cref="UsyncItem.Level"/> is above 1.</summary>
    public string? Folder { get; set; }

    /// <summary>The configuration JSON exactly as stored; see <see cref="ParseConfig"/>.</summary>
    public string Config { get; set; } = "{}";

    public JsonObject? ParseConfig() => JsonNode.Parse(Config) as JsonObject;
}
