using System.Net;
using ClinicKit.Web.Availability;
using ClinicKit.Web.Tests.DeliveryApi.Fake;
using ClinicKit.Web.Tests.DeliveryApi.Support;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ClinicKit.Web.Tests.DeliveryApi;

/// <summary>Umbraco failing in every way it can: visitors get the last good page (marked stale) when there is one, a clear
/// 503 page when there is none, and a dead Umbraco stops being called.</summary>
public sealed class FaultTests
{
    private const string Riverglass = "riverglass-ketamine.test";
    private const string Bluebonnet = "bluebonnet-lane.test";
    private const string Larkspur = "larkspur-mood.test";

    /// <summary>Content is never fresh (every page asks Umbraco) and the breaker stays out of the way, so each page meets the fault.</summary>
    private static readonly Dictionary<string, string?> AskEveryTime = new()
    {
        // No page cache: every request goes to the content source, whose answers these tests are about.
        ["ClinicKit:PageCacheSeconds"] = "0",
        ["ClinicKit:DeliveryApi:FreshSeconds"] = "0",
        ["ClinicKit:DeliveryApi:Retries"] = "0",
        ["ClinicKit:DeliveryApi:TimeoutSeconds"] = "1",
        ["ClinicKit:DeliveryApi:CircuitBreaker:MinimumThroughput"] = "1000",
    };

    public static IEnumerable<TestCaseData> Faults() =>
    [
        new TestCaseData(FakeFault.ServerError, "server-error").SetArgDisplayNames("500"),
        new TestCaseData(FakeFault.Hang, "timeout").SetArgDisplayNames("timeout"),
        new TestCaseData(FakeFault.Malformed, "malformed-response").SetArgDisplayNames("malformed JSON"),
        new TestCaseData(null, "unreachable").SetArgDisplayNames("unreachable"),
    ];

    private static string ArticlePath(string host) => "/articles/" + ShippedContent.ServedArticles(ShippedContent.ClinicByHost(host)).First().Page.Slug;

    /// <summary>A query string the page ignores but the page cache keys on: the request reaches the content source.</summary>

    [TestCaseSource(nameof(Faults))]
    public async Task With_a_cached_copy_visitors_get_the_last_good_page_marked_stale(FakeFault? fault, string reason)
    {
        var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, AskEveryTime);
        try
        {
            var article = ArticlePath(Riverglass);
            using var good = await head.GetAsync(Riverglass, article);
            var goodBody = await good.Content.ReadAsStringAsync();
            Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(good.Headers.Contains(StaleResponses.Header), Is.False);

            await Break(fake, fault);
            foreach (var path in new[] { article, "/", "/sitemap.xml" })
            {
                using var stale = await head.GetAsync(Riverglass, path);
                Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
                Assert.That(stale.Headers.GetValues(StaleResponses.Header), Is.EqualTo(new[] { reason }), path);
                if (path == article)
                {
                    Assert.That(await stale.Content.ReadAsStringAsync(), Is.EqualTo(goodBody), "the last good page, as it was");
                }
            }

            Assert.That(head.Logs.Messages(LogLevel.Warning), Has.Some.Contains("Umbraco is unavailable (" + reason + ")"));
        }
        finally
        {
            await fake.DisposeAsync();
        }
    }

    [TestCaseSource(nameof(Faults))]
    public async Task Without_a_cached_copy_visitors_get_a_plain_503_page_not_an_error(FakeFault? fault, string reason)
    {
        var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, AskEveryTime);
        try
        {
            await Break(fake, fault);
            using var response = await head.GetAsync(Bluebonnet, "/");
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(body, Does.Contain("Temporarily unavailable").And.Not.Contain("Exception").And.Not.Contain(" at ClinicKit"));
            Assert.That(head.Logs.Messages(LogLevel.Error), Has.Some.Contains("answered 503 for bluebonnet-lane.test/").And.Some.Contains(reason));
        }
        finally
        {
            await fake.DisposeAsync();
        }
    }

    [Test]
    public async Task When_the_clinic_is_known_but_the_page_is_not_the_503_page_is_the_clinics_own()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, AskEveryTime);

        // The home page caches the clinic; its article pages also need the other clinics (its canonical strategy is
        // "Primary clinic"), which nothing has fetched yet.
        using (var home = await head.GetAsync(Larkspur, "/"))
        {
            Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        fake.Fault = FakeFault.ServerError;
        using var response = await head.GetAsync(Larkspur, ArticlePath(Larkspur));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(body, Does.Contain("This page is temporarily unavailable").And.Contain("Larkspur Mood Clinic").And.Contain("/clinic.css"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'none'"));
    }

    [Test]
    public async Task A_stale_page_is_not_kept_so_the_first_request_after_recovery_is_current()
    {
        using var copy = UsyncCopy.OfShipped();
        await using var fake = await FakeUmbraco.StartAsync(copy.Root);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, AskEveryTime);
        var path = ArticlePath(Riverglass) + "?same=1";
        await head.GetTextAsync(Riverglass, ArticlePath(Riverglass));

        fake.Fault = FakeFault.ServerError;
        using (var stale = await head.GetAsync(Riverglass, path))
        {
            Assert.That(stale.Headers.Contains(StaleResponses.Header), Is.True);
        }

        var (_, article) = ShippedContent.ServedArticles(ShippedContent.ClinicByHost(Riverglass)).First();
        copy.Edit(article.Key, node => UsyncCopy.Set(node, Content.Schema.Props.Title, "Written while Umbraco was down"));
        fake.Reload();
        fake.Fault = FakeFault.None;
        using var current = await head.GetAsync(Riverglass, path);
        Assert.That(current.Headers.Contains(StaleResponses.Header), Is.False);
        Assert.That(await current.Content.ReadAsStringAsync(), Does.Contain("Written while Umbraco was down"));
    }

    /// <summary>Issue 12: with a 5 s timeout and 2 retries each expired page waited 26 s for a hung Umbraco. The total timeout
    /// now ends the request, retries included: at the default settings a hung request gets two attempts, not the three the
    /// retries alone would allow, before the last good copy is served.</summary>
    [Test]
    public async Task A_hung_umbraco_costs_a_page_one_total_timeout_not_every_retry()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, new Dictionary<string, string?>
        {
            ["ClinicKit:PageCacheSeconds"] = "0",
            ["ClinicKit:DeliveryApi:FreshSeconds"] = "0",
            ["ClinicKit:DeliveryApi:TimeoutSeconds"] = new Sources.DeliveryApi.DeliveryApiOptions().TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ClinicKit:DeliveryApi:TotalTimeoutSeconds"] = new Sources.DeliveryApi.DeliveryApiOptions().TotalTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ClinicKit:DeliveryApi:Retries"] = new Sources.DeliveryApi.DeliveryApiOptions().Retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ClinicKit:DeliveryApi:CircuitBreaker:MinimumThroughput"] = "1000",
        });
        var article = ArticlePath(Riverglass);
        await head.GetTextAsync(Riverglass, article);

        fake.Fault = FakeFault.Hang;
        fake.ClearRequests();
        using var stale = await head.GetAsync(Riverglass, article);
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stale.Headers.GetValues(StaleResponses.Header), Is.EqualTo(new[] { "timeout" }));
        var attempts = fake.Requests.GroupBy(r => (r.PathAndQuery, r.StartItem)).Max(g => g.Count());
        Assert.That(attempts, Is.InRange(1, 2), "the total timeout ended the request before the last retry");
    }

    [Test]
    public async Task The_circuit_breaker_stops_calling_a_failing_umbraco_while_pages_stay_up()
    {
        await using var fake = await FakeUmbraco.StartAsync(Paths.ShippedUsync);
        await using var head = await DeliveryApiHeads.InProcessAsync(fake, new Dictionary<string, string?>
        {
            ["ClinicKit:PageCacheSeconds"] = "0",
            ["ClinicKit:DeliveryApi:FreshSeconds"] = "0",
            ["ClinicKit:DeliveryApi:Retries"] = "0",
            ["ClinicKit:DeliveryApi:CircuitBreaker:MinimumThroughput"] = "4",
            ["ClinicKit:DeliveryApi:CircuitBreaker:FailureRatio"] = "0.5",
            ["ClinicKit:DeliveryApi:CircuitBreaker:BreakSeconds"] = "600",
        });
        var article = ArticlePath(Riverglass);
        await head.GetTextAsync(Riverglass, article);

        var successes = fake.Requests.Count;
        fake.Fault = FakeFault.ServerError;
        fake.ClearRequests();
        // A page stops asking Umbraco after its first failure, and the warm-up's successes count in the sampling window too,
        // so the breaker (failure ratio 0.5) opens once failures are as many as those successes: a bounded number of pages,
        // read from the warm-up rather than fixed (every request the warm-up makes, its reviewer's included, moves it).
        var failingPages = 0;
        for (var open = false; !open && failingPages <= successes + 1; failingPages++)
        {
            using var page = await head.GetAsync(Riverglass, article);
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            open = page.Headers.GetValues(StaleResponses.Header).Single() == "circuit-open";
        }

        Assert.That(failingPages, Is.LessThanOrEqualTo(successes + 1), $"the breaker opens once failures match the {successes} successes in its window");
        var whenOpen = fake.Requests.Count;
        for (var i = 0; i < 20; i++)
        {
            using var page = await head.GetAsync(Riverglass, i % 2 == 0 ? article : "/");
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Headers.GetValues(StaleResponses.Header), Is.EqualTo(new[] { "circuit-open" }));
        }

        Assert.That(fake.Requests, Has.Count.EqualTo(whenOpen), "an open circuit does not call Umbraco");
        Assert.That(head.Logs.Messages(LogLevel.Warning), Has.Some.Contains("keeps failing"));
    }

    /// <summary>Makes the fake fail that way; null stops it (connection refused).</summary>
    private static async Task Break(FakeUmbraco fake, FakeFault? fault)
    {
        if (fault is { } f)
        {
            fake.Fault = f;
        }
        else
        {
            await fake.DisposeAsync();
        }
    }
}
