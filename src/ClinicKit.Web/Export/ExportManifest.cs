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
/// it was rendered whole or in part. On disk each host lists every link, id and content key its pages name once, and a page
/// names them by position (<see cref="StoredHost"/>): the pages of a site repeat the same navigation, pictures and keys, so
/// the file is a fraction of the size a page-by-page list would be, and reading and writing it stays a small part of an export.</remarks>
public sealed record ExportManifest(SortedDictionary<string, SortedDictionary<string, ManifestPage>> Hosts)
{
    public const string FileName = ".clinickit-manifest.json";

    /// <summary>Raised whenever what the manifest records changes meaning; an older manifest is then ignored.</summary>
    public const int CurrentFormat = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ExportManifest Empty() => new(new SortedDictionary<string, SortedDictionary<string, ManifestPage>>(StringComparer.Ordinal));

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
            var stored = JsonSerializer.Deserialize<StoredManifest>(stream, Json);
            if (stored is not { Format: CurrentFormat, Hosts: not null })
            {
                return Empty();
            }

            var manifest = Empty();
            foreach (var (host, pages) in stored.Hosts)
            {
                manifest.Hosts[host] = pages.ToPages();
            }

            return manifest;
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
        var stored = new StoredManifest(CurrentFormat, new SortedDictionary<string, StoredHost>(
            Hosts.ToDictionary(h => h.Key, h => StoredHost.Of(h.Value)), StringComparer.Ordinal));
        await using var stream = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(stream, stored, Json, cancellationToken);
    }

    private sealed record StoredManifest(int Format, SortedDictionary<string, StoredHost>? Hosts);

    /// <summary>A host's pages, each naming its content keys, ids and links by their position in <see cref="Keys"/> and
    /// <see cref="Strings"/>, listed in the order the pages (by path) first name them.</summary>
    private sealed record StoredHost(IReadOnlyList<Guid> Keys, IReadOnlyList<string> Strings, SortedDictionary<string, StoredPage> Pages)
    {
        public static StoredHost Of(SortedDictionary<string, ManifestPage> pages)
        {
            var keys = new Table<Guid>();
            var strings = new Table<string>();
            var stored = new SortedDictionary<string, StoredPage>(StringComparer.Ordinal);
            foreach (var (path, page) in pages)
            {
                stored[path] = new StoredPage(page.Hash, keys.Positions(page.DependsOn), page.Compressed,
                    page.Ids is null ? null : strings.Positions(page.Ids),
                    page.Hrefs is null ? null : strings.Positions(page.Hrefs));
            }

            return new StoredHost(keys.Items, strings.Items, stored);
        }

        /// <exception cref="JsonException">A page names a position its host does not list (a file edited or cut short by hand).</exception>
        public SortedDictionary<string, ManifestPage> ToPages()
        {
            if (Keys is null || Strings is null || Pages is null)
            {
                throw new JsonException("a host without its keys, strings or pages");
            }

            var pages = new SortedDictionary<string, ManifestPage>(StringComparer.Ordinal);
            foreach (var (path, page) in Pages)
            {
                if (page?.Hash is null || page.DependsOn is null)
                {
                    throw new JsonException($"page {path} has no hash or keys");
                }

                pages[path] = new ManifestPage(page.Hash, [.. page.DependsOn.Select(i => At(Keys, i))], page.Compressed,
                    page.Ids?.Select(i => At(Strings, i)).ToList(), page.Hrefs?.Select(i => At(Strings, i)).ToList());
            }

            return pages;
        }

        private static T At<T>(IReadOnlyList<T> table, int position) =>
            (uint)position < (uint)table.Count ? table[position] : throw new JsonException($"position {position} is not in the host's table");
    }

    private sealed record StoredPage(string Hash, IReadOnlyList<int> DependsOn, bool Compressed, IReadOnlyList<int>? Ids, IReadOnlyList<int>? Hrefs);

    private sealed class Table<T>
        where T : notnull
    {
        private readonly Dictionary<T, int> _positions = [];
        private readonly List<T> _items = [];

        public IReadOnlyList<T> Items => _items;

        public int[] Positions(IEnumerable<T> values) => [.. values.Select(Position)];

        private int Position(T value)
        {
            if (!_positions.TryGetValue(value, out var position))
            {
                position = _items.Count;
                _positions[value] = position;
                _items.Add(value);
            }

            return position;
        }
    }
}
