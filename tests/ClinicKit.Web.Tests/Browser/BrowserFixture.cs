using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>One browser per run (Chromium, or Firefox when E2E_BROWSER=firefox) and one head serving the shipped content.</summary>
[SetUpFixture]
public sealed class BrowserFixture
{
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;
    private static HeadServer? _shipped;

    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    internal static HeadServer Shipped => _shipped ?? throw new InvalidOperationException("the head has not started");

    public static string BrowserName { get; } =
        string.Equals(Environment.GetEnvironmentVariable("E2E_BROWSER"), "firefox", StringComparison.OrdinalIgnoreCase) ? "firefox" : "chromium";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _shipped = await HeadServer.StartAsync(Paths.ShippedUsync);
        _playwright = await Playwright.CreateAsync();
        _browser = BrowserName == "firefox"
            ? await _playwright.Firefox.LaunchAsync(new()
            {
                Channel = "moz-firefox",
                ExecutablePath = "/usr/lib/firefox-esr/firefox-esr",
                Headless = true,

                // Firefox has no --host-resolver-rules; this preference sends every host name to loopback instead.
                FirefoxUserPrefs = new Dictionary<string, object> { ["network.dns.forceResolve"] = "127.0.0.1" },
            })
            : await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic", "--host-resolver-rules=MAP *.test 127.0.0.1",
                ],
            });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_shipped is not null)
        {
            await _shipped.DisposeAsync();
        }
    }
}
