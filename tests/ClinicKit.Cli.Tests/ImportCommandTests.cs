using System.Text.Json.Nodes;

namespace ClinicKit.Cli.Tests;

public sealed class ImportCommandTests
{
    [Test]
    public async Task The_five_seed_posts_import_as_valid_drafts_whose_claims_the_audit_lists_as_needing_a_source()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);

        var import = await CliRun.Run("import", Paths.Seeds, "--folder", copy.Root, "--format", "json");
        var validate = await CliRun.Run("validate", copy.Root);
        var audit = JsonNode.Parse((await CliRun.Run("audit", copy.Root, "--format", "json")).Out)!;
        var reports = JsonNode.Parse(import.Out)!.AsArray();
        var drafts = audit["articles"]!.AsArray().Where(a => !a!["published"]!.GetValue<bool>()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(import.Exit, Is.EqualTo(0), import.Err);
            Assert.That(reports.Select(r => r!["skipped"]), Has.All.Null);
            Assert.That(reports.Select(r => r!["claims"]!.GetValue<int>()), Has.All.GreaterThan(0));
            Assert.That(reports.Select(r => r!["paragraphs"]!.GetValue<int>()), Has.All.GreaterThan(0));
            Assert.That(validate.Exit, Is.EqualTo(0), "drafts with unsourced claims are warnings until they are published");
            Assert.That(drafts, Has.Count.EqualTo(5));
            Assert.That(drafts.SelectMany(a => a!["claims"]!.AsArray()).Select(c => c!["substantiated"]!.GetValue<bool>()), Has.All.False);
            Assert.That(audit["summary"]!["unsupported"]!.GetValue<int>(), Is.EqualTo(reports.Sum(r => r!["claims"]!.GetValue<int>())));
        });
    }

    [Test]
    public async Task A_post_that_cannot_be_read_is_reported_and_skipped_and_the_others_still_import()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var posts = Directory.CreateTempSubdirectory("clinickit-posts-");
        try
        {
            File.WriteAllBytes(Path.Combine(posts.FullName, "a-binary.txt"), [0x50, 0x4E, 0x47, 0x00, 0x1A, 0x0A]);
            File.WriteAllText(Path.Combine(posts.FullName, "b-post.md"), "# Ketamine questions\n\nPatients often ask how ketamine feels. It works within hours for most people.\n");
            var before = Directory.EnumerateFiles(copy.Root, "*", SearchOption.AllDirectories).Count();

            var (exit, output, _) = await CliRun.Run("import", posts.FullName, "--folder", copy.Root);

            Assert.That(exit, Is.EqualTo(1));
            Assert.That(output, Does.Contain("skipped").And.Contain("a-binary.txt: the file is binary, not text"));
            Assert.That(output, Does.Contain("imported").And.Contain("\"Ketamine questions\"").And.Contain("1 claims need a source"));
            Assert.That(Directory.EnumerateFiles(copy.Root, "*", SearchOption.AllDirectories).Count(), Is.EqualTo(before + 1));
        }
        finally
        {
            posts.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Importing_the_same_post_twice_does_not_make_a_second_article()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var post = Directory.EnumerateFiles(Paths.Seeds).Order().First();
        await CliRun.Run("import", post, "--folder", copy.Root);
        var files = Directory.EnumerateFiles(copy.Root, "*", SearchOption.AllDirectories).Count();

        var again = await CliRun.Run("import", post, "--folder", copy.Root);

        Assert.That(again.Exit, Is.EqualTo(1));
        Assert.That(again.Out, Does.Contain("already imported"));
        Assert.That(Directory.EnumerateFiles(copy.Root, "*", SearchOption.AllDirectories).Count(), Is.EqualTo(files));
    }
}
