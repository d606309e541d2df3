using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;

namespace ClinicKit.Cli.Tests;

/// <summary>new-site writes the pages patients look for from the clinic's answers, and refuses answers that make no sense.</summary>
public sealed class NewSitePagesTests
{
    private static string[] Args(string folder, params string[] extra) =>
    [
        "new-site", "--folder", folder, "--name", "Harbor Light Clinic", "--domain", "harborlight.test", "--city", "Seattle",
        "--phone", "(206) 555-0170", "--email", "hello@harborlight.test", "--booking-url", "https://booking.harborlight.test/",
        "--brand-color", "#234E70", "--articles", "all", "--cta-text", "Call {{clinic.name}} on {{clinic.phone}}.", .. extra,
    ];

    [Test]
    public async Task The_clinics_answers_become_its_treatment_contact_team_and_legal_pages_and_validate_passes()
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var (exit, _, error) = await CliRun.Run(Args(copy.Root, "--address", "12 Example Pier, Seattle, WA 98101",
            "--opening-hours", "Mon-Fri 09:00-17:00; Sat 10:00-12:00", "--treatments", "Ketamine treatment, Esketamine nasal spray"));

        Assert.That(exit, Is.EqualTo(0), error);
        var clinic = UsyncLibraryReader.Read(UsyncFolderReader.Read(copy.Root)).Clinics.Single(c => c.Name == "Harbor Light Clinic");
        Assert.That(clinic.Address, Is.EqualTo("12 Example Pier, Seattle, WA 98101"));
        Assert.That(clinic.Pages.OfType<TreatmentContent>().Select(t => (t.Heading, t.IsPublished)),
            Is.EqualTo(new[] { ("Ketamine treatment", false), ("Esketamine nasal spray", false) }), "drafts until their medical content is cited");
        var contact = clinic.Pages.OfType<ContactContent>().Single();
        Assert.That(contact.OpeningHours.Select(h => $"{h.Days.Count} {h.Opens}-{h.Closes}"), Is.EqualTo(new[] { "5 09:00-17:00", "1 10:00-12:00" }));
        Assert.That(clinic.Pages.OfType<LegalContent>().Select(l => l.Slug), Is.EqualTo(new[] { "privacy-notice", "accessibility-statement" }));
        var team = clinic.Pages.OfType<TeamContent>().Single();
        Assert.That((team.Slug, team.IsPublished, team.Page.ShowInNavigation), Is.EqualTo(("our-team", true, true)), "published at /our-team, in the main navigation");
        Assert.That(clinic.Pages.Where(p => p.Page.ShowInNavigation).Select(p => p.NavigationText),
            Is.EqualTo(new[] { "Ketamine treatment", "Esketamine nasal spray", "Contact", "Our team" }));
        Assert.That((await CliRun.Run("validate", copy.Root)).Exit, Is.EqualTo(0));
        Assert.That((await CliRun.Run("format", "--check", copy.Root)).Exit, Is.EqualTo(0));
    }

    [TestCase("--opening-hours", "Mon-Fri 17:00-09:00", "closes before it opens")]
    [TestCase("--opening-hours", "Someday 09:00-17:00", "names no days")]
    [TestCase("--treatments", "Ketamine, ketamine", "names 'Ketamine' twice")]
    [TestCase("--address", "12 Pier\u0007", "--address contains the control character U+0007")]
    public async Task Answers_that_make_no_sense_are_exit_2_naming_the_option_and_nothing_is_written(string option, string value, string message)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var before = Directory.GetFiles(copy.Root, "*", SearchOption.AllDirectories).Length;

        var (exit, _, error) = await CliRun.Run(Args(copy.Root, option, value));

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
        Assert.That(Directory.GetFiles(copy.Root, "*", SearchOption.AllDirectories), Has.Length.EqualTo(before));
    }
}
