using ClinicKit.Web.Export;

namespace ClinicKit.Cli.Tests;

/// <summary>What an export killed mid-swap leaves, and how the next export's recovery puts a whole site back at the output path.</summary>
public sealed class ExportSwapTests
{
    private const string Id = "0123456789abcdef0123456789abcdef";

    // Folders beside the output before recovery ("site" is the output itself); the label of the site each holds; "*" marks a whole export.
    [TestCase("site.old-" + Id + "=old*, site.partial-" + Id + "=new*", "new", TestName = "Killed between the fallback's two renames: finished with the new site")]
    [TestCase("site.old-" + Id + "=old*", "old", TestName = "Fallback with the new site gone: the previous site is put back")]
    [TestCase("site=new*, site.partial-" + Id + "=old*", "new", TestName = "Killed while deleting the previous site after the exchange: the rest is removed")]
    [TestCase("site=old*, site.partial-" + Id + "=new", "old", TestName = "Killed while rendering: the half-built site is removed")]
    [TestCase("site=old*", "old", TestName = "Nothing to recover")]
    public void Recovery_leaves_one_whole_site_at_the_output_path_and_no_staging_folders(string folders, string expected)
    {
        using var parent = new Killed.TempFolder();
        foreach (var spec in folders.Split(", "))
        {
            var (name, label) = (spec.Split('=')[0], spec.Split('=')[1]);
            var folder = Path.Combine(parent.Root, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.html"), label.TrimEnd('*'));
            if (label.EndsWith('*'))
            {
                File.WriteAllText(Path.Combine(folder, StaticExporter.Marker), "");
            }
        }

        var target = Path.Combine(parent.Root, "site");
        ExportSwap.Recover(target, f => File.Exists(Path.Combine(f, StaticExporter.Marker)));

        Assert.That(Directory.GetDirectories(parent.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "site" }));
        Assert.That(File.ReadAllText(Path.Combine(target, "index.html")), Is.EqualTo(expected));
    }

    [TestCase("site.partial-mine")]
    [TestCase("site.old-backup")]
    [TestCase("site.partial-0123456789ABCDEF0123456789ABCDEF")]
    [TestCase("other.partial-" + Id)]
    public void A_folder_that_only_looks_like_a_staging_folder_is_never_touched(string name)
    {
        using var parent = new Killed.TempFolder();
        Directory.CreateDirectory(Path.Combine(parent.Root, "site"));
        Directory.CreateDirectory(Path.Combine(parent.Root, name));

        var removed = ExportSwap.Recover(Path.Combine(parent.Root, "site"), _ => true);

        Assert.That(removed, Is.Empty);
        Assert.That(Directory.Exists(Path.Combine(parent.Root, name)));
    }

    [Test]
    public void Replacing_a_previous_export_swaps_it_whole_and_leaves_no_staging_folder()
    {
        using var parent = new Killed.TempFolder();
        var target = Path.Combine(parent.Root, "site");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "old");
        var staging = ExportSwap.StagingFor(target);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "new");

        ExportSwap.Replace(target, staging);

        Assert.That(File.ReadAllText(Path.Combine(target, "index.html")), Is.EqualTo("new"));
        Assert.That(Directory.GetDirectories(parent.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "site" }));
    }
}
