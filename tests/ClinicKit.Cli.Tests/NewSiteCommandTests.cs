using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Serializers;

namespace ClinicKit.Cli.Tests;

public sealed class NewSiteCommandTests
{
    private static string[] Args(string folder, params string[] extra) =>
    [
        "new-site", "--folder", folder, "--name", "Harbor Light Clinic", "--domain", "harborlight.test", "--city", "Seattle",
        "--phone", "(206) 555-0170", "--email", "hello@harborlight.test", "--booking-url", "https://booking.harborlight.test/",
        "--brand-color", "#234E70", "--articles", "all", "--cta-text", "Call {{clinic.name}} on {{clinic.phone}} to talk it through.", .. extra,
    ];

    [Test]
    public async Task A_new_clinic_is_written_in_uSyncs_form_validates_and_reuses_every_library_article()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);

        var (exit, output, error) = await CliRun.Run(Args(copy.Root));
        var folder = UsyncFolderReader.Read(copy.Root);
        var clinic = UsyncLibraryReader.Read(folder).ClinicForHost("harborlight.test");

        Assert.Multiple(async () =>
        {
            Assert.That(exit, Is.EqualTo(0), error);
            Assert.That(output, Does.Contain("wrote Content/harbor-light-clinic.config").And.Contain("wrote Domains/harborlight.test_en-us.config"));
            Assert.That(clinic, Is.Not.Null);
            Assert.That(clinic!.Articles, Has.Count.EqualTo(5));
            Assert.That(ClinicTokens.Replace(clinic.DefaultCallToAction!.Body, clinic), Is.EqualTo("Call Harbor Light Clinic on (206) 555-0170 to talk it through."));
            Assert.That((await CliRun.Run("validate", copy.Root)).Exit, Is.EqualTo(0));
            Assert.That(folder.Items.Where(i => !File.ReadAllBytes(folder.PathOf(i)).AsSpan().SequenceEqual(UsyncSerializers.ToBytes(i))), Is.Empty, "every file reads back byte for byte");
            Assert.That((await CliRun.Run("format", "--check", copy.Root)).Exit, Is.EqualTo(0), "every file is in uSync's canonical form");
        });
    }

    [Test]
    public async Task Running_it_again_gives_the_same_files()
    {
        using var first = new TempUsyncCopy(Paths.ShippedUsync);
        using var second = new TempUsyncCopy(Paths.ShippedUsync);
        await CliRun.Run(Args(first.Root));
        var snapshot = Snapshot(first.Root);

        await CliRun.Run(Args(second.Root));
        var rerun = await CliRun.Run(Args(first.Root, "--force"));

        Assert.That(rerun.Exit, Is.EqualTo(0), rerun.Err);
        Assert.That(Snapshot(first.Root), Is.EqualTo(snapshot));
        Assert.That(Snapshot(second.Root), Is.EqualTo(snapshot));
    }

    [Test]
    public async Task An_existing_clinic_is_not_overwritten_without_force()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var before = Snapshot(copy.Root);

        var (exit, _, error) = await CliRun.Run(Args(copy.Root).Select(a => a == "harborlight.test" ? "larkspur-mood.test" : a).ToArray());

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("the domain larkspur-mood.test already exists").And.Contain("--force"));
        Assert.That(Snapshot(copy.Root), Is.EqualTo(before));
    }

    [Test]
    public async Task A_clinic_that_does_not_validate_is_not_written_and_every_file_stays_as_it_was()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var before = Snapshot(copy.Root);

        var (exit, _, error) = await CliRun.Run(Args(copy.Root).Select(a => a.StartsWith("Call {{", StringComparison.Ordinal) ? "Fax {{clinic.fax}} today." : a).ToArray());

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("CK0405").And.Contain("did not validate, so nothing was written"));
        Assert.That(Snapshot(copy.Root), Is.EqualTo(before));
    }

    [Test]
    public async Task Force_replaces_the_clinic_and_removes_articles_it_no_longer_shows()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        await CliRun.Run(Args(copy.Root));

        var (exit, _, error) = await CliRun.Run(Args(copy.Root, "--force").Select(a => a == "all" ? "how-does-ketamine-work-for-depression" : a).ToArray());
        var clinic = UsyncLibraryReader.Read(UsyncFolderReader.Read(copy.Root)).ClinicForHost("harborlight.test");

        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(clinic!.Articles.Select(a => a.Slug), Is.EqualTo(new[] { "how-does-ketamine-work-for-depression" }));
    }

    [TestCase("--domain", "not a domain", "--domain 'not a domain' is not a host name")]
    [TestCase("--brand-color", "#FFFF00", "too light for white text")]
    [TestCase("--articles", "no-such-article", "there is no library article 'no-such-article'")]
    [TestCase("--booking-url", "https://harborlight.test/book", "a page on the clinic's own site that ClinicKit does not serve")]
    public async Task Bad_answers_are_refused_before_anything_is_written(string option, string value, string message)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var args = Args(copy.Root);
        args[Array.IndexOf(args, option) + 1] = value;

        var (exit, _, error) = await CliRun.Run(args);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
        Assert.That(File.Exists(copy.PathOf("Content/harbor-light-clinic.config")), Is.False);
    }

    [Test]
    public async Task Without_a_terminal_missing_options_are_named_instead_of_prompted()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);

        var (exit, _, error) = await CliRun.Run("new-site", "--folder", copy.Root, "--name", "Harbor Light Clinic");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--domain").And.Contain("--phone").And.Contain("--articles"));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
