using System.Text.Json.Nodes;
using ClinicKit.Content.Schema;

namespace ClinicKit.Umbraco.Tests.PublishGuard;

/// <summary>Edits a stored block list value (Umbraco 17's contentData/settingsData/expose/Layout) the way an editor's change would land in it.</summary>
internal static class ArticleBody
{
    /// <summary>Sets a value of the n-th claim block (in layout order, counting from 1).</summary>
    public static string SetClaimValue(string body, int claimNumber, string alias, JsonNode? value)
    {
        var root = JsonNode.Parse(body)!.AsObject();
        var contentData = root["contentData"]!.AsArray();
        var claims = root["Layout"]!["Umbraco.BlockList"]!.AsArray()
            .Select(l => contentData.Single(c => (string?)c!["key"] == (string?)l!["contentKey"])!)
            .Where(c => Guid.Parse((string)c["contentTypeKey"]!) == DocumentTypes.ClaimBlock.Key)
            .ToList();
        var values = claims[claimNumber - 1]["values"]!.AsArray();
        var entry = values.Single(v => (string?)v!["alias"] == alias)!;
        entry["value"] = value;
        return root.ToJsonString();
    }

    /// <summary>Sets the markup of the n-th text block (in layout order, counting from 1), stored as Umbraco 17 stores rich text.</summary>
    public static string SetText(string body, int textBlockNumber, string markup)
    {
        var root = JsonNode.Parse(body)!.AsObject();
        var contentData = root["contentData"]!.AsArray();
        var texts = root["Layout"]!["Umbraco.BlockList"]!.AsArray()
            .Select(l => contentData.Single(c => (string?)c!["key"] == (string?)l!["contentKey"])!)
            .Where(c => Guid.Parse((string)c["contentTypeKey"]!) == DocumentTypes.RichTextBlock.Key)
            .ToList();
        var entry = texts[textBlockNumber - 1]["values"]!.AsArray().Single(v => (string?)v!["alias"] == Props.Text)!;
        entry["value"] = new JsonObject { ["markup"] = markup, ["blocks"] = null };
        return root.ToJsonString();
    }

    public static string Citations(params Guid[] keys) => string.Join(',', keys.Select(k => $"umb://document/{k:N}"));
}
