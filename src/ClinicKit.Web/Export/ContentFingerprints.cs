using System.IO.Hashing;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicKit.Content.Library;
using ClinicKit.Web.Articles;
using ClinicKit.Web.Hosting;
using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Export;

/// <summary>A hash of each content item a page can show (and of each picked media file), by its key, and of the parts every page shares, so that a page's
/// inputs can be compared with the last export's without rendering it.</summary>
/// <remarks>A clinic's hash covers its settings and, of its clinic articles, only what decides which pages exist and where
/// (key, library article, URL segment, published, order): a clinic article's introduction, CTA and SEO are its own item, so
/// editing them re-renders only the pages that show that clinic article. Its treatment, contact and legal pages stay in its
/// hash: every page's navigation and footer show them, so editing one re-renders the clinic, as its webhook refreshes it.
/// Each reviewer picked on an article or treatment page is an item of its own, so editing a reviewer re-renders the pages
/// that name them (the articles and treatment pages they review, the home and team pages that list them).</remarks>
public sealed class ContentFingerprints
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new RuntimeTypeConverter() } };

    private readonly Dictionary<Guid, UInt128> _items;

    private ContentFingerprints(Dictionary<Guid, UInt128> items, UInt128 shared)
    {
        _items = items;
        Shared = shared;
    }

    /// <summary>ClinicKit's build (its code and Razor views, embedded CSS and assets), the dictionary, the public URL scheme,
    /// the set of clinics with their hosts, and the compression settings.</summary>
    public UInt128 Shared { get; }

    public static async Task<ContentFingerprints> BuildAsync(IContentSource source, ClinicKitOptions options, Images.ResponsiveImages images, CancellationToken cancellationToken)
    {
        var clinics = (await source.GetClinicsAsync(new SourceOutage(), cancellationToken)).Value;
        var items = new Dictionary<Guid, UInt128>();
        foreach (var clinic in clinics)
        {
            items[clinic.Key] = Of(clinic with
            {
                Articles = [.. clinic.Articles.Select(a => a with { IntroOverride = "", CallToAction = null, Seo = Seo.None, Name = "" })],
                Pages = [.. clinic.Pages.Select(Picking)],
            });
            foreach (var clinicArticle in clinic.Articles)
            {
                items[clinicArticle.Key] = Of(clinicArticle);
            }

            foreach (var page in clinic.Pages)
            {
                items[page.Key] = Of(Picking(page));
            }
        }

        var articleKeys = clinics.SelectMany(c => c.Articles).Select(a => a.ArticleKey).OfType<Guid>().Distinct().ToList();
        var articles = (await source.GetArticlesAsync(articleKeys, new SourceOutage(), cancellationToken)).Value;
        var hashed = articles.AsParallel().Select(a => (a.Key, Hash: Of(Picking(a)))).ToList();
        foreach (var (key, hash) in hashed)
        {
            items[key] = hash;
        }

        var reviewers = articles.Select(a => a.Reviewer)
            .Concat(clinics.SelectMany(c => c.Pages).OfType<TreatmentContent>().Select(t => t.Reviewer))
            .OfType<Reviewer>()
            .DistinctBy(r => r.Key)
            .ToList();
        foreach (var reviewer in reviewers)
        {
            items[reviewer.Key] = Of(reviewer);
        }

        // A picture's renditions are made from its file alone: its hash is the file's path and bytes. Its alt text is in the
        // clinic or article that picks it, so an edited alt text re-renders the pages that show it and re-makes no rendition.
        var pictures = clinics.SelectMany(c => new[] { c.Logo, c.Hero }).Concat(articles.Select(a => a.Image)).Concat(reviewers.Select(r => r.Photo)).OfType<MediaImage>();
        foreach (var picture in pictures.DistinctBy(p => p.Key))
        {
            items[picture.Key] = Of(new { picture.Src, File = images.FileHash(picture.Src) });
        }

        var citationKeys = articles.SelectMany(a => ReferenceNumbering.CitedKeys(a.Claims.ToList())).Distinct().ToList();
        foreach (var citation in (await source.GetCitationsAsync(citationKeys, new SourceOutage(), cancellationToken)).Value)
        {
            items[citation.Key] = Of(citation);
        }

        var shared = Of(new
        {
            Web = typeof(ContentFingerprints).Assembly.ManifestModule.ModuleVersionId,
            Content = typeof(ContentLibrary).Assembly.ManifestModule.ModuleVersionId,
            Dictionary = (await source.GetDictionaryAsync(cancellationToken)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
            options.PublicScheme,
            // Canonical links and the "Primary clinic" strategy point across clinics, so which clinics exist and where is an
            // input of every page: adding or removing a clinic, or moving it to another host, re-renders everything.
            Clinics = clinics.OrderBy(c => c.Key).Select(c => new { c.Key, c.Hosts, c.CanonicalStrategy, c.IsPublished, c.SortOrder }).ToList(),
            Compression = CompressedSiblings.Settings,
        });
        return new ContentFingerprints(items, shared);
    }

    /// <summary>The hash of a page that shows these items, or null when one of them is not an item known here (a page kind
    /// may show content this class does not list), in which case the page is always rendered.</summary>
    public string? PageHash(IEnumerable<Guid> dependsOn)
    {
        var hash = new XxHash128();
        Append(hash, Shared);
        foreach (var key in dependsOn.Distinct().Order())
        {
            if (!_items.TryGetValue(key, out var item))
            {
                return null;
            }

            hash.Append(key.ToByteArray());
            Append(hash, item);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>What an article holds of its reviewer is which one it picks; the reviewer is an item of their own.</summary>
    private static Article Picking(Article article) =>
        article.Reviewer is { } reviewer ? article with { Reviewer = null, Review = article.Review with { ReviewedBy = reviewer.Key.ToString() } } : article;

    private static PatientPage Picking(PatientPage page) =>
        page is TreatmentContent { Reviewer: { } reviewer } treatment
            ? treatment with { Reviewer = null, Review = treatment.Review with { ReviewedBy = reviewer.Key.ToString() } }
            : page;

    private static UInt128 Of<T>(T value) => XxHash128.HashToUInt128(JsonSerializer.SerializeToUtf8Bytes(value, Json));

    private static void Append(XxHash128 hash, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, value);
        hash.Append(bytes);
    }

    /// <summary>Writes a value held as an abstract type (an article body's blocks) as its actual type with that type's
    /// name, so every block's content counts, whichever kinds of block the model gains.</summary>
    private sealed class RuntimeTypeConverter : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsAbstract && !typeToConvert.IsInterface;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(Writer<>).MakeGenericType(typeToConvert))!;

        private sealed class Writer<T> : JsonConverter<T>
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                throw new NotSupportedException("content fingerprints are written, never read");

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            {
                writer.WriteStartObject();
                writer.WriteString("$type", value!.GetType().FullName);
                writer.WritePropertyName("value");
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
                writer.WriteEndObject();
            }
        }
    }
}
