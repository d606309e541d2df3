using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>Each security header a visitor's browser receives with a page, as it receives it: a value cut short (a source
/// dropped from the CSP, a header left empty) weakens the page without breaking it, so nothing else would notice.</summary>
public sealed class SecurityHeadersTests
{
    private InProcessHead _head = null!;

    [OneTimeSetUp]
    public async Task StartTheHead() => _head = await InProcessHead.StartAsync(Paths.ShippedUsync);

    [OneTimeTearDown]
    public async Task StopTheHead() => await _head.DisposeAsync();

    [TestCase("Content-Security-Policy",
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")]
    [TestCase("X-Content-Type-Options", "nosniff")]
    [TestCase("Referrer-Policy", "strict-origin-when-cross-origin")]
    [TestCase("X-Frame-Options", "DENY")]
    [TestCase("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")]
    [TestCase("Cross-Origin-Opener-Policy", "same-origin")]
    public async Task A_clinic_page_carries_each_security_header_in_full(string header, string value)
    {
        using var response = await _head.GetAsync(ShippedContent.Host(ShippedContent.Clinics[0]), "/");

        Assert.That(response.Headers.GetValues(header), Is.EqualTo(new[] { value }));
    }
}
