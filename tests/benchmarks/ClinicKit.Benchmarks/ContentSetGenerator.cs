using ClinicKit.Content.Authoring;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Benchmarks;

/// <summary>A large content set for the export benchmark: the shipped package, with the library grown to N articles
/// (copies of the demo articles) and M more clinics that each reuse every article.</summary>
internal static class ContentSetGenerator
{
    public static void Write(string shipped, string output, int clinics, int articles)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var source = UsyncFolderReader.Read(shipped);
        Directory.CreateDirectory(output);
        using (var library = UsyncFolderWriter.Open(output))
        {
            WriteLibrary(source, library, articles);
            library.Commit();
        }

        var grown = UsyncFolderReader.Read(output);
        using var writer = UsyncFolderWriter.Open(output);
        for (var c = 0; c < clinics; c++)
        {
            var clinic = new NewClinic($"Benchmark Clinic {c}", $"clinic{c}.test", "Springfield", "(555) 010-0100", $"hello@clinic{c}.test",
                $"https://booking.clinic{c}.test/", "#1F4E79", null, "Call {{clinic.name}} on {{clinic.phone}}.");
            var (items, problems) = ClinicSiteAuthoring.Plan(grown, clinic, force: false, new DateTime(2026, 11, 22));
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", problems));
            }

            foreach (var item in items)
            {
                writer.Write(item);
            }
        }

        writer.Commit();
    }

    private static void WriteLibrary(UsyncFolder source, UsyncFolderWriter library, int articles)
    {
        library.EnsureMarker();

        // Only the library and its citations; the demo clinics and every page under them are replaced by the generated ones.
        var demoClinics = source.Content.Where(n => n.ContentType == DocumentTypes.ClinicSite.Alias).Select(n => n.Key).ToHashSet();
        var parents = source.Content.ToDictionary(n => n.Key, n => n.ParentKey);
        bool UnderDemoClinic(Guid key)
        {
            for (var depth = 0; depth < parents.Count && key != Guid.Empty; depth++)
            {
                if (demoClinics.Contains(key))
                {
                    return true;
                }

                key = parents.GetValueOrDefault(key);
            }

            return false;
        }

        foreach (var item in source.Items.Where(i => i is not Domain && !UnderDemoClinic(i.Key)))
        {
            library.WriteBytes(item.Source!.File, UsyncSerializers.ToBytes(item));
        }

        var demoArticles = source.Content.Where(n => n.ContentType == DocumentTypes.Article.Alias).ToList();
        for (var i = demoArticles.Count; i < articles; i++)
        {
            var template = demoArticles[i % demoArticles.Count];
            var (item, _) = UsyncFolderReader.ReadBytes(UsyncSerializers.ToBytes(template), "Content/x.config", UsyncItemKind.Content);
            var copy = (ContentNode)item!;
            copy.Key = DeterministicKeys.For("benchmark", "article", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            copy.Name = copy.Alias = $"{template.Name} (copy {i})";
            copy.SortOrder = i;
            copy.Source = null;
            library.Write(copy);
        }
    }
}
