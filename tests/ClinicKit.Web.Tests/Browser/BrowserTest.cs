using ClinicKit.Web.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>A fresh browser context per test, with every JavaScript dialog recorded (a dialog would mean injected script ran).</summary>
public abstract class BrowserTest
{
    private IBrowserContext? _context;
    private IPage? _page;

    protected IPage Page => _page ?? throw new InvalidOperationException("no page");

    protected List<string> Dialogs { get; } = [];

    /// <summary>Hostile-content tests turn the page's CSP off so that they prove the markup itself is inert.</summary>
    protected virtual bool BypassCsp => false;

    [SetUp]
    public async Task OpenContextAsync()
    {
        Dialogs.Clear();
        _context = await BrowserFixture.Browser.NewContextAsync(new()
        {
            BypassCSP = BypassCsp,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",

            // The stylesheet scrolls smoothly to in-page targets only for people who have not asked for reduced motion.
            ReducedMotion = ReducedMotion.Reduce,
        });
        await NewPageAsync();
    }

    /// <summary>Replaces the page with a new tab in the same context.</summary>
    protected async Task NewPageAsync()
    {
        if (_page is not null)
        {
            await _page.CloseAsync();
        }

        _page = await _context!.NewPageAsync();
        _page.Dialog += (_, dialog) =>
        {
            Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
    }

    [TearDown]
    public async Task CloseContextAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    internal async Task<IResponse> OpenAsync(HeadServer server, string host, string path = "/")
    {
        var response = await Page.GotoAsync(server.Url(host, path), new() { WaitUntil = WaitUntilState.Load });
        Assert.That(response, Is.Not.Null, $"no response for {host}{path}");
        return response!;
    }

    internal Task<IResponse> OpenShippedAsync(string host, string path = "/") => OpenAsync(BrowserFixture.Shipped, host, path);

    /// <summary>Runs axe-core and fails on any serious or critical violation, listing each with the elements concerned.</summary>
    protected async Task AssertAccessibleAsync(string what)
    {
        var result = await Page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var report = string.Join("\n", blocking.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html))));
        Assert.That(blocking, Is.Empty, $"axe-core found serious or critical problems on {what}:\n{report}");
    }

    /// <summary>Saves a full-page screenshot as &lt;template&gt;-&lt;clinic&gt;.png for people to look at.</summary>
    protected async Task ScreenshotAsync(string template, string clinicHost)
    {
        var folder = Paths.Screenshots(BrowserFixture.BrowserName);
        Directory.CreateDirectory(folder);
        var name = $"{template}-{clinicHost.Split('.')[0]}.png";
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
        TestContext.Out.WriteLine($"screenshot: {Path.Combine(folder, name)}");
    }

    /// <summary>The visible text of the page body, whitespace collapsed.</summary>
    protected async Task<string> BodyTextAsync() =>
        System.Text.RegularExpressions.Regex.Replace(await Page.Locator("body").InnerTextAsync(), @"\s+", " ");
}
