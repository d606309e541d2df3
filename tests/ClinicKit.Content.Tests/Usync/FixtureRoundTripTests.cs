using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Content.Tests.Usync;

/// <summary>Real uSync v17 exports must load without error and write back byte for byte.</summary>
public sealed class FixtureRoundTripTests
{
    [TestCaseSource(typeof(Paths), nameof(Paths.FixtureNames))]
    public void Every_file_of_a_real_export_loads_and_writes_back_byte_for_byte(string fixture)
    {
        var folder = UsyncFolderReader.Read(Paths.Fixture(fixture));
        var files = Directory.EnumerateFiles(folder.Root, "*.config", SearchOption.AllDirectories)
            .Count(f => Path.GetFileName(f) != UsyncFolderReader.MarkerFile);

        var mismatches = folder.Items
            .Where(item => !File.ReadAllBytes(folder.PathOf(item)).AsSpan().SequenceEqual(UsyncSerializers.ToBytes(item)))
            .Select(item => item.Source!.File)
            .ToList();

        TestContext.Out.WriteLine($"{fixture}: {folder.Items.Count - mismatches.Count} of {files} files round-trip byte for byte");
        Assert.Multiple(() =>
        {
            Assert.That(folder.ReadDiagnostics, Is.Empty, "read problems");
            Assert.That(folder.Items, Has.Count.EqualTo(files), "every file loads as an item");
            Assert.That(mismatches, Is.Empty, "files that do not write back byte for byte");
        });
    }

    /// <summary>Media items and media types as uSync's MediaSerializer and MediaTypeSerializer write them (Clean's export has both):
    /// the same reader and writer as content (ContentSerializerBase, ContentTypeBaseSerializer), checked folder by folder.</summary>
    [TestCase("clean-starter-kit", "Media", 37)]
    [TestCase("clean-starter-kit", "MediaTypes", 7)]
    public void Media_files_of_a_real_export_write_back_byte_for_byte(string fixture, string subfolder, int count)
    {
        var folder = UsyncFolderReader.Read(Paths.Fixture(fixture));
        var items = folder.Items.Where(i => i.Source!.File.StartsWith(subfolder + "/", StringComparison.Ordinal)).ToList();

        Assert.That(items, Has.Count.EqualTo(count));
        Assert.That(items.Where(i => !File.ReadAllBytes(folder.PathOf(i)).AsSpan().SequenceEqual(UsyncSerializers.ToBytes(i))).Select(i => i.Source!.File), Is.Empty);
    }
}
