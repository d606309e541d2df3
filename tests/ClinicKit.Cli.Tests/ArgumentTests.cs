namespace ClinicKit.Cli.Tests;

/// <summary>Hostile or mistaken command lines: each ends with a clear message and the documented exit code (README, "exit
/// codes"), never a stack trace and never a half-added clinic.</summary>
public sealed class ArgumentTests
{
    private const string Shipped = "(the shipped uSync folder)";

    private static string[] NewSite(string folder, string option, string value)
    {
        string[] args =
        [
            "new-site", "--folder", folder, "--name", "Harbor Light Clinic", "--domain", "harborlight.test", "--city", "Seattle",
            "--phone", "(206) 555-0170", "--email", "hello@harborlight.test", "--booking-url", "https://booking.harborlight.test/",
            "--brand-color", "#234E70", "--articles", "all", "--cta-text", "Call {{clinic.name}} on {{clinic.phone}} to talk it through.",
        ];
        args[Array.IndexOf(args, option) + 1] = value;
        return args;
    }

    [TestCase("--name", "Harbor\u0001Light", "--name contains the control character U+0001; give plain text")]
    [TestCase("--name", "Harbor\u001b[31mLight", "--name contains the control character U+001B; give plain text")]
    [TestCase("--city", "Seattle\0", "--city contains the control character U+0000; give plain text")]
    [TestCase("--cta-text", "Call\u0007 us", "--cta-text contains the control character U+0007; give plain text")]
    [TestCase("--cta-text", "Call\nus", "--cta-text contains the control character U+000A; give plain text")]
    [TestCase("--domain", "harbor\u0008light.test", "--domain contains the control character U+0008; give plain text")]
    [TestCase("--email", "hello\u007f@harborlight.test", "--email contains the control character U+007F; give plain text")]
    [TestCase("--articles", "how-does-ketamine\u0001-work-for-depression", "--articles contains the control character U+0001; give plain text")]
    [TestCase("--name", "Harbor\u0085Light", "--name contains the control character U+0085; give plain text")]
    [TestCase("--phone", "<script>alert(1)</script>", "--phone '<script>alert(1)</script>' may hold only digits, spaces and + ( ) - . (not '<')")]
    [TestCase("--phone", "javascript:1", "--phone 'javascript:1' may hold only digits, spaces and + ( ) - . (not 'j')")]
    [TestCase("--phone", "555-0170 ext 12", "--phone '555-0170 ext 12' may hold only digits, spaces and + ( ) - . (not 'e')")]
    [TestCase("--phone", "12", "--phone '12' has 2 digits; a phone number has 7 to 15")]
    [TestCase("--phone", "+1 206 555 0170 0170 0170", "--phone '+1 206 555 0170 0170 0170' has 19 digits; a phone number has 7 to 15")]
    [TestCase("--phone", "206+555+0170", "--phone '206+555+0170' may have a '+' only in front")]
    [TestCase("--email", "<script>@harborlight.test", "--email '<script>@harborlight.test' is not an email address")]
    [TestCase("--email", "hello@harborlight", "--email 'hello@harborlight' is not an email address")]
    [TestCase("--email", "hello there@harborlight.test", "--email 'hello there@harborlight.test' is not an email address")]
    [TestCase("--email", "hello@@harborlight.test", "--email 'hello@@harborlight.test' is not an email address")]
    [TestCase("--email", "hello..there@harborlight.test", "--email 'hello..there@harborlight.test' is not an email address")]
    [TestCase("--email", "\"x\"@harborlight.test", "--email '\"x\"@harborlight.test' is not an email address")]
    [TestCase("--email", "hello@harbor_light.test", "--email 'hello@harbor_light.test' is not an email address")]
    public async Task A_bad_new_site_value_is_refused_with_exit_2_and_nothing_written(string option, string value, string message)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);
        var before = Directory.EnumerateFiles(copy.Root, "*", SearchOption.AllDirectories).Count();

        var (exit, _, error) = await CliRun.Run(NewSite(copy.Root, option, value));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), error);
            Assert.That(error, Does.Contain(message));
            Assert.That(error, Does.Not.Contain("   at "));
            Assert.That(error.All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t'), Is.True, "the message shows control characters as U+XXXX");
            Assert.That(Directory.EnumerateFiles(copy.Root, "*", SearchOption.AllDirectories).Count(), Is.EqualTo(before));
        });
    }

    [TestCase("--phone", "+44 20 7946 0958")]
    [TestCase("--phone", "206.555.0170")]
    [TestCase("--phone", "  +1 (206) 555-0170")]
    [TestCase("--email", "first.last+clinic@mail.harborlight.test")]
    [TestCase("--email", "O'Brien@Harborlight.TEST")]
    [TestCase("--name", "Clínica Málaga – Ñandú")]
    public async Task Ordinary_values_are_accepted(string option, string value)
    {
        using var copy = new TempUsyncCopy(Paths.ShippedUsync);

        var (exit, _, error) = await CliRun.Run(NewSite(copy.Root, option, value));

        Assert.That(exit, Is.EqualTo(0), error);
    }

    [TestCase(new[] { "serve", "--folder", Shipped, "--urls", "notaurl" }, 2, "clinickit: --urls 'notaurl' is not an address to listen on, like http://127.0.0.1:5000")]
    [TestCase(new[] { "serve", "--folder", Shipped, "--urls", "http://127.0.0.1:5000;ftp://127.0.0.1:21" }, 2, "clinickit: --urls 'ftp://127.0.0.1:21' is not an address to listen on")]
    [TestCase(new[] { "serve", "--folder", "no/such\u0001folder" }, 2, "clinickit: the folder 'no/suchU+0001folder' does not exist")]
    [TestCase(new[] { "export", "--folder", "no/such/folder", "--out", "x" }, 2, "clinickit: the folder 'no/such/folder' does not exist")]
    [TestCase(new[] { "import", "no/such\u001b[2Jpost.txt" }, 2, "clinickit: 'no/suchU+001B[2Jpost.txt' is neither a file nor a folder")]
    [TestCase(new[] { "new-site", "--folder", "no/such/folder" }, 2, "the folder 'no/such/folder' does not exist")]
    [TestCase(new[] { "validate", "--format", "yaml" }, 2, "yaml")]
    [TestCase(new[] { "audit", "--nonsense" }, 2, "--nonsense")]
    [TestCase(new[] { "export", "--folder", Shipped, "--out", "a\0b" }, 3, "clinickit: ")]
    public async Task A_bad_command_line_is_one_message_and_the_documented_exit_code(string[] args, int code, string message)
    {
        var (exit, _, error) = await CliRun.Run(args.Select(a => a == Shipped ? Paths.ShippedUsync : a).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(code), error);
            Assert.That(error, Does.Contain(message));
            Assert.That(error, Does.Not.Contain("   at "));
            Assert.That(error.All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t'), Is.True, "the message shows control characters as U+XXXX");
        });
    }
}
