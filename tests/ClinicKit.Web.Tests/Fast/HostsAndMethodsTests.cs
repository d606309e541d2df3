using ClinicKit.Content.Library;
using ClinicKit.Web.Sources;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>How a request finds its clinic, and what the head answers to methods it does not serve.</summary>
public sealed class HostsAndMethodsTests
{
    private const string Unicode = "bücher-klinik.test";
    private const string Punycode = "xn--bcher-klinik-dlb.test";

    private static ContentLibrary WithInternationalClinic()
    {
        var shipped = ShippedContent.Library;
        var clinics = shipped.Clinics.Select((c, i) => i == 0 ? c with { Hosts = [Punycode] } : c).ToList();
        return new ContentLibrary(shipped.Articles, shipped.Citations, clinics, shipped.Dictionary);
    }

    [TestCase("xn--bcher-klinik-dlb.test", TestName = "An xn-- domain is served in lower case")]
    [TestCase("XN--BCHER-KLINIK-DLB.TEST", TestName = "An xn-- domain is served in upper case")]
    [TestCase("Xn--Bcher-Klinik-Dlb.Test", TestName = "An xn-- domain is served in mixed case")]
    [TestCase("xn--bcher-klinik-dlb.test.", TestName = "An xn-- domain is served with a trailing dot")]
    [TestCase("xn--bcher-klinik-dlb.test:8080", TestName = "An xn-- domain is served on another port")]
    public async Task An_international_domain_is_matched_in_its_ascii_form(string host)
    {
        var source = new InMemoryContentSource(WithInternationalClinic());
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync, b => b.Services.AddSingleton<IContentSource>(source));
        var clinic = source.Library.Clinics[0];

        using var response = await head.Client.SendAsync(Request(HttpMethod.Get, host, "/"));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(clinic.ClinicName));
    }

    [TestCase("bücher-klinik.test", "xn--bcher-klinik-dlb.test")]
    [TestCase("BÜCHER-KLINIK.TEST", "xn--bcher-klinik-dlb.test")]
    [TestCase("https://Bücher-Klinik.test/en", "xn--bcher-klinik-dlb.test")]
    [TestCase("XN--BCHER-KLINIK-DLB.TEST.", "xn--bcher-klinik-dlb.test")]
    [TestCase("clinic.test.", "clinic.test")]
    [TestCase("Clinic.Test:5000", "clinic.test")]
    [TestCase("[::1]:5000", "[::1]")]
    [TestCase("a..b", "a..b")]
    public void A_host_or_domain_reduces_to_its_lower_case_ascii_name(string host, string expected) =>
        Assert.That(ContentLibrary.HostOf(host), Is.EqualTo(expected));

    [Test]
    public void A_clinic_bound_to_a_unicode_domain_is_found_by_its_punycode()
    {
        var shipped = ShippedContent.Library;
        var library = new ContentLibrary(shipped.Articles, shipped.Citations, [shipped.Clinics[0] with { Hosts = [Unicode] }], shipped.Dictionary);

        Assert.That(library.ClinicForHost(Punycode.ToUpperInvariant())?.Key, Is.EqualTo(shipped.Clinics[0].Key));
    }

    [TestCase("riverglass-ketamine.test.", TestName = "A trailing dot serves the clinic")]
    [TestCase("RIVERGLASS-KETAMINE.TEST", TestName = "An upper-case host serves the clinic")]
    public async Task A_shipped_clinic_is_served_under_its_host_in_any_form(string host)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);

        using var response = await head.Client.SendAsync(Request(HttpMethod.Get, host, "/"));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(ShippedContent.ClinicByHost("riverglass-ketamine.test").ClinicName));
    }

    [TestCase("OPTIONS", "/")]
    [TestCase("TRACE", "/")]
    [TestCase("PUT", "/")]
    [TestCase("DELETE", "/articles/none")]
    [TestCase("PATCH", "/")]
    [TestCase("POST", "/")]
    [TestCase("POST", "/assets/css/site.css")]
    [TestCase("PROPFIND", "/")]
    public async Task A_method_other_than_get_or_head_gets_405_with_the_allowed_methods(string method, string path)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);

        using var response = await head.Client.SendAsync(Request(new HttpMethod(method), "riverglass-ketamine.test", path));

        Assert.That((int)response.StatusCode, Is.EqualTo(405));
        Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "GET", "HEAD" }));
    }

    [TestCase("GET")]
    [TestCase("HEAD")]
    public async Task Get_and_head_are_served(string method)
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);

        using var response = await head.Client.SendAsync(Request(new HttpMethod(method), "riverglass-ketamine.test", "/"));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task The_umbraco_webhook_still_takes_post()
    {
        await using var head = await InProcessHead.StartAsync(Paths.ShippedUsync);

        using var response = await head.Client.SendAsync(Request(HttpMethod.Post, "head.internal", ClinicKit.Web.Sources.DeliveryApi.UmbracoWebhookEndpoint.Path));

        Assert.That((int)response.StatusCode, Is.Not.EqualTo(405), "the webhook answers POST itself (here: not configured, as the uSync source is in use)");
    }

    /// <summary>A request with the Host header exactly as given, as a browser or curl -H 'Host: …' sends it.</summary>
    private static HttpRequestMessage Request(HttpMethod method, string host, string path)
    {
        var request = new HttpRequestMessage(method, "http://localhost" + path);
        request.Headers.Host = host;
        return request;
    }
}
