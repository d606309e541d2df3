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
}
