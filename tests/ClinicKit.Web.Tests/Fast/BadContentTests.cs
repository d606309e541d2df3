using System.Net;
using System.Text.Json;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Validation;
using ClinicKit.Web.Availability;
using ClinicKit.Web.Sources.Usync;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>The head never serves what <c>clinickit validate</c> rejects: each bad-content case is an error in validation,
/// leaves the last good content on a live reload, and at start-up takes only the clinics it touches to a 503.</summary>
public sealed class BadContentTests
{
    private static IEnumerable<BadContentCase> Cases => BadContentCases.All();

    [TestCaseSource(nameof(Cases))]
    public void Validate_reports_the_case_as_an_error_naming_the_file(BadContentCase bad)
    {
        using var copy = UsyncCopy.OfShipped();
        var breakage = bad.Break(copy);

        var errors = Validate(copy.Root).Where(d => d.Severity == Severity.Error && d.Code == bad.Code).ToList();
        Assert.That(errors.Select(d => d.File).Distinct(), Is.SupersetOf(breakage.Files), string.Join("\n", errors));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task A_live_reload_of_the_case_keeps_the_last_good_content_and_reports_it(BadContentCase bad)
    {
        using var copy = UsyncCopy.OfShipped();
        await using var head = await InProcessHead.StartAsync(copy.Root);
        var breakage = bad.Break(copy);

        Assert.That(head.App.Services.GetRequiredService<UsyncContentSource>().Reload(), Is.False, "the reload should not take everything live");

        // The page is first rendered after the bad reload, so it shows what the head serves now, not a cached copy.
        using var page = await head.GetAsync(breakage.Host, breakage.Path);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var text = PageText.Visible(await page.Content.ReadAsStringAsync());
        foreach (var expected in breakage.Expected)
        {
            Assert.That(text, Does.Contain(expected), $"{breakage.Host}{breakage.Path} should still show the last good content");
        }

        var health = await head.HealthAsync();
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("degraded"));
        var reported = health.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (File: d.GetProperty("file").GetString(), Code: d.GetProperty("code").GetString())).ToList();
        Assert.That(reported, Is.SupersetOf(breakage.Files.Select(f => ((string?)f, (string?)bad.Code))));
        Assert.That(health.GetRawText(), Does.Not.Contain(copy.Root), "the health endpoint names files relative to the uSync folder");

        foreach (var file in breakage.Files)
        {
            Assert.That(head.Logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message),
                Has.Some.Contain(file).And.Contain(bad.Code), "the log should name the file and the code at Warning");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task At_start_up_the_case_takes_only_the_clinics_it_touches_to_a_branded_503(BadContentCase bad)
    {
        using var copy = UsyncCopy.OfShipped();
        var breakage = bad.Break(copy);
        await using var head = await InProcessHead.StartAsync(copy.Root);

        foreach (var clinic in ShippedContent.Clinics)
        {
            using var home = await head.GetAsync(ShippedContent.Host(clinic), "/");
            var body = await home.Content.ReadAsStringAsync();
            if (breakage.Touched.Any(t => t.Key == clinic.Key))
            {
                Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), ShippedContent.Host(clinic));
                Assert.That(home.Headers.RetryAfter, Is.Not.Null);
                if (breakage.Branded)
                {
                    Assert.That(PageText.Visible(body), Does.Contain(clinic.ClinicName).And.Contain("temporarily unavailable"));
                }
            }
            else
            {
                Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{ShippedContent.Host(clinic)} is not touched and should stay up");
            }
        }

        var health = await head.HealthAsync();
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("unavailable"));
        Assert.That(health.GetProperty("withheld").EnumerateArray().Select(h => h.GetString()),
            Is.SupersetOf(breakage.Touched.Select(ShippedContent.Host)));
    }

    [Test]
    public async Task A_good_edit_to_one_clinic_goes_live_while_a_bad_edit_to_another_is_held_back()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var head = await InProcessHead.StartAsync(copy.Root);
        var (good, bad) = (ShippedContent.Clinics[0], ShippedContent.Clinics[1]);
        const string tagline = "A tagline edited while another clinic is broken";
        copy.Edit(good.Key, n => UsyncCopy.Set(n, Props.Tagline, tagline));
        copy.Edit(bad.Key, n => n.ContentType = "clinicSiteRetired");

        head.App.Services.GetRequiredService<UsyncContentSource>().Reload();

        Assert.That(PageText.Visible(await head.GetTextAsync(ShippedContent.Host(good), "/")), Does.Contain(tagline));
        using var kept = await head.GetAsync(ShippedContent.Host(bad), "/");
        Assert.That(kept.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(PageText.Visible(await kept.Content.ReadAsStringAsync()), Does.Contain(bad.Tagline));
        var finding = (await head.HealthAsync()).GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "CK0208");
        Assert.That(finding.GetProperty("clinics").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { bad.ClinicName }));
    }

    [Test]
    public async Task Mending_the_content_takes_it_live_and_the_health_endpoint_says_ok()
    {
        using var copy = UsyncCopy.OfShipped();
        var clinic = ShippedContent.Clinics[1];
        copy.Edit(clinic.Key, n => n.ContentType = "clinicSiteRetired");
        await using var head = await InProcessHead.StartAsync(copy.Root);
        using (var before = await head.GetAsync(ShippedContent.Host(clinic), "/"))
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        }

        copy.Edit(clinic.Key, n => n.ContentType = DocumentTypes.ClinicSite.Alias);
        Assert.That(head.App.Services.GetRequiredService<UsyncContentSource>().Reload(), Is.True);

        using var after = await head.GetAsync(ShippedContent.Host(clinic), "/");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var health = await head.HealthAsync();
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(health.GetProperty("diagnostics").GetArrayLength(), Is.Zero);
        Assert.That(health.GetProperty("cleanSince").ValueKind, Is.EqualTo(JsonValueKind.String));
    }

    [TestCase("unknown.test")]
    [TestCase("127.0.0.1")]
    public async Task The_health_endpoint_answers_on_any_host_and_is_never_cached(string host)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);
        using var response = await head.GetAsync(host, HealthEndpointMiddleware.Path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(json.RootElement.GetProperty("source").GetString(), Is.EqualTo("usync"));
    }

    private static IReadOnlyList<Diagnostic> Validate(string folder) =>
        UsyncValidator.Validate(UsyncFolderReader.Read(folder), DateOnly.FromDateTime(DateTime.Today));
}
