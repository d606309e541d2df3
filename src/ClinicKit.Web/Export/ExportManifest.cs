using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClinicKit.Web.Export;

/// <summary>One exported file: the hash of what it was rendered from, the content items it shows, whether it has
/// compressed siblings, and (for HTML) the ids and links the link check needs, so an unchanged page is never read again.</summary>
public sealed record ManifestPage(
    string Hash,
    IReadOnlyList<Guid> DependsOn,
    bool Compressed,
    IReadOnlyList<string>? Ids = null,
    IReadOnlyList<string>? Hrefs = null)
{
    [JsonIgnore]
    public PageLinks? Links => Ids is null || Hrefs is null ? null : new PageLinks(Ids.ToHashSet(StringComparer.Ordinal), Hrefs);
}

/// <summary><c>.clinickit-manifest.json</c> in an export: every file of every host, by host and URL path.</summary>
/// <remarks>Written in a fixed order with no time or output path, so the same content exports to the same bytes whether
/// it was rendered whole or in part.</remarks>
public sealed record ExportManifest(int Format, SortedDictionary<string, SortedDictionary<string, ManifestPage>> Hosts)
{
    public const string FileName = ".clinickit-manifest.json";

    /// <summary>Raised whenever what the manifest records changes meaning; an older manifest is then ignored.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ExportManifest Empty() => new(CurrentFormat, new(StringComparer.Ordinal));

    /// <summary>The manifest of the export in <paramref name="folder"/>, or an empty one when it has none that this version
    /// wrote (a first export, an export from before manifests, or a file that does not parse).</summary>
    public static ExportManifest ReadFrom(string folder)
    {
        var file = Path.Combine(folder, FileName);
        if (!File.Exists(file))
        {
            return Empty();
        }

        try
        {
            using var stream = File.OpenRead(file);
            var manifest = JsonSerializer.Deserialize<ExportManifest>(stream, Json);
            return manifest is { Format: CurrentFormat, Hosts: not null } ? WithOrdinalKeys(manifest) : Empty();
        }
        catch (JsonException)
        {
            return Empty();
        }
    }

    public ManifestPage? Find(string host, string path) =>
        Hosts.TryGetValue(host, out var pages) && pages.TryGetValue(path, out var page) ? page : null;

    public async Task WriteToAsync(string folder, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    private static ExportManifest WithOrdinalKeys(ExportManifest manifest) => new(
        manifest.Format,
        new SortedDictionary<string, SortedDictionary<string, ManifestPage>>(
            manifest.Hosts.ToDictionary(h => h.Key, h => new SortedDictionary<string, ManifestPage>(h.Value, StringComparer.Ordinal)),
            StringComparer.Ordinal));
}
