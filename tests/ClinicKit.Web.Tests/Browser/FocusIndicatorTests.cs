using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>WCAG 2.4.7 and 2.4.11: a keyboard user sees where focus is on every element of every page, in every clinic's
/// colours. axe does not check this: the test tabs through one page of each kind the clinic's sitemap lists (and the 404
/// page) and measures each focused element's focus rings against what they are drawn next to.</summary>
public sealed partial class FocusIndicatorTests : BrowserTest
{
    private const double MinimumContrast = 3.0;
    private const int MaximumTabStops = 300;

    public static IEnumerable<TestCaseData> EveryClinic() => ArticlePageTests.EveryClinic();

    [TestCaseSource(nameof(EveryClinic))]
    public async Task Every_focusable_element_shows_a_focus_ring_that_contrasts_with_what_surrounds_it(string host)
    {
        var pages = await OnePagePerKindAsync(host);
        Assert.That(pages.Keys, Does.Contain("home").And.Contain("articles"), "the sitemap should list the home page and articles");
        pages["not-found"] = "/no-such-page";

        var failures = new List<string>();
        foreach (var (kind, path) in pages)
        {
            // Each page in a new tab: Tab past the last element moves focus out to the browser, and Firefox then gives the next
            // page's first keyboard focus no :focus-visible (every second page measured no ring), which a visitor opening the
            // page does not meet.
            await NewPageAsync();
            await OpenShippedAsync(host, path);
            var stops = await TabThroughAsync();
            Assert.That(stops, Is.Not.Empty, $"{host}{path}: Tab reached no element");
            var worst = stops.MinBy(s => s.Contrast)!;
            failures.AddRange(stops.Where(s => s.Contrast < MinimumContrast).Select(s => $"{host}{path} ({kind}): {s}"));

            // The picture shows the weakest ring of the page, focused, for a person to judge.
            await FocusStopAsync(worst.Index);
            await ScreenshotAsync($"focus-{kind}", host);
        }

        Assert.That(failures, Is.Empty, "focus rings that do not reach 3:1 against the colours next to them");
    }

    [TestCase("#ffffff", "#ffffff", "#1f4e79", "none", 1.0)]
    [TestCase("#0b0c0c", "#ffffff", "#1f4e79", "rgb(255, 255, 255) 0px 0px 0px 3px", 8.66)]
    [TestCase("#0b0c0c", "#1f4e79", "#1f4e79", "rgb(255, 255, 255) 0px 0px 0px 3px", 8.66)]
    [TestCase("#1f4e79", "#ffffff", "#1f4e79", "none", 1.0)]
    [TestCase("#1f4e79", "#ffffff", "#ffffff", "none", 8.66)]
    public void The_measure_takes_the_best_ring_against_each_neighbour_and_the_worse_neighbour(
        string outline, string own, string surround, string boxShadow, double expected)
    {
        var stop = Measure(0, "a", "x", "solid", "3px", Rgb(outline), boxShadow, Rgb(own), Rgb(surround));

        Assert.That(stop.Contrast, Is.EqualTo(expected).Within(0.1));
    }

    /// <summary>The first URL of each kind the sitemap lists, the kind being the first path segment ("home" for /).</summary>
    private async Task<Dictionary<string, string>> OnePagePerKindAsync(string host)
    {
        var response = await OpenShippedAsync(host, "/sitemap.xml");
        Assert.That(response.Status, Is.EqualTo(200));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var pages = new Dictionary<string, string>();
        foreach (var loc in XDocument.Parse(await response.TextAsync()).Descendants(ns + "loc"))
        {
            var path = new Uri(loc.Value).AbsolutePath;
            var segment = path.Trim('/').Split('/')[0];
            pages.TryAdd(segment.Length == 0 ? "home" : segment, path);
        }

        return pages;
    }

    private async Task<List<FocusStop>> TabThroughAsync()
    {
        var stops = new List<FocusStop>();
        for (var i = 0; i < MaximumTabStops; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var json = await Page.EvaluateAsync<JsonElement?>(DescribeFocus);
            if (json is not { ValueKind: JsonValueKind.Object } e)
            {
                break;
            }

            if (e.GetProperty("stop").GetInt32() < i)
            {
                break;
            }

            stops.Add(Measure(i, S(e, "tag"), S(e, "text"), S(e, "outlineStyle"), S(e, "outlineWidth"), Rgb(S(e, "outlineColor")),
                S(e, "boxShadow"), Rgb(S(e, "own")), Rgb(S(e, "surround"))));
        }

        Assert.That(stops, Has.Count.LessThan(MaximumTabStops), "Tab never left the page: a focus trap?");
        return stops;
    }

    private async Task FocusStopAsync(int index)
    {
        await Page.ReloadAsync();
        for (var i = 0; i <= index; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
        }
    }

    /// <summary>The outer ring (outline) is drawn on what surrounds the element; the inner ring (box-shadow) touches the
    /// element's edge and its surroundings. The indicator counts as the better ring against each neighbour, and the
    /// result is the worse of the two neighbours: the ring must stand out from the element and from its background.</summary>
    private static FocusStop Measure(int index, string tag, string text, string outlineStyle, string outlineWidth,
        Rgba outline, string boxShadow, Rgba own, Rgba surround)
    {
        var surroundColour = surround.Over(Rgba.White);
        var ownColour = own.Over(surroundColour);
        var rings = new List<Rgba>();
        if (outlineStyle != "none" && Px(outlineWidth) >= 2)
        {
            rings.Add(outline.Over(surroundColour));
        }

        rings.AddRange(ShadowRings(boxShadow).Select(r => r.Over(surroundColour)));
        var contrast = rings.Count == 0
            ? 1.0
            : Math.Min(rings.Max(r => Rgba.Contrast(r, ownColour)), rings.Max(r => Rgba.Contrast(r, surroundColour)));
        return new FocusStop(index, $"<{tag}> \"{text}\"", contrast, ownColour, surroundColour);
    }

    /// <summary>The colours of the box-shadows that are solid rings (spread of at least 2px), as computed styles write them:
    /// <c>rgb(255, 255, 255) 0px 0px 0px 3px</c>, several separated by commas.</summary>
    private static IEnumerable<Rgba> ShadowRings(string boxShadow) =>
        ShadowPattern().Matches(boxShadow)
            .Where(m => Px(m.Groups["spread"].Value) >= 2 && !m.Groups["inset"].Success)
            .Select(m => Rgb(m.Groups["colour"].Value));

    private static double Px(string value) =>
        double.TryParse(value.Replace("px", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var px) ? px : 0;

    private static string S(JsonElement e, string name) => e.GetProperty(name).GetString() ?? "";

    private static Rgba Rgb(string css)
    {
        if (css.StartsWith('#'))
        {
            return new Rgba(Convert.ToInt32(css[1..3], 16), Convert.ToInt32(css[3..5], 16), Convert.ToInt32(css[5..7], 16), 1);
        }

        var parts = ColourPattern().Match(css);
        Assert.That(parts.Success, Is.True, $"not a colour the test can read: '{css}'");
        double N(int i) => double.Parse(parts.Groups[i].Value, CultureInfo.InvariantCulture);
        return new Rgba((int)N(1), (int)N(2), (int)N(3), parts.Groups[4].Success ? N(4) : 1);
    }

    [GeneratedRegex(@"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)")]
    private static partial Regex ColourPattern();

    [GeneratedRegex(@"(?<colour>rgba?\([^)]*\))\s+-?[\d.]+px\s+-?[\d.]+px\s+[\d.]+px\s+(?<spread>-?[\d.]+px)(?<inset>\s+inset)?")]
    private static partial Regex ShadowPattern();

    /// <summary>What the focused element is and the colours of it and of the first opaque background behind it. Returns the
    /// element's position in the page's focusable order too, so that wrapping round to the start ends the walk.</summary>
    private const string DescribeFocus = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const background = start => {
            for (let n = start; n; n = n.parentElement) {
              const c = getComputedStyle(n).backgroundColor;
              if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) return c;
            }
            return 'rgb(255, 255, 255)';
          };
          window.__focusOrder = window.__focusOrder || [];
          let stop = window.__focusOrder.indexOf(el);
          if (stop < 0) { window.__focusOrder.push(el); stop = window.__focusOrder.length - 1; }
          const s = getComputedStyle(el);
          return {
            stop, tag: el.tagName.toLowerCase(), text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40),
            outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor, boxShadow: s.boxShadow,
            own: s.backgroundColor, surround: background(el.parentElement),
          };
        }
        """;

    private sealed record FocusStop(int Index, string Element, double Contrast, Rgba Own, Rgba Surround)
    {
        public override string ToString() =>
            $"{Element}: {Contrast.ToString("0.00", CultureInfo.InvariantCulture)}:1 (element {Own}, on {Surround})";
    }

    private readonly record struct Rgba(int R, int G, int B, double A)
    {
        public static Rgba White => new(255, 255, 255, 1);

        /// <summary>This colour painted over an opaque one.</summary>
        public Rgba Over(Rgba below) => A >= 1 ? this : new(
            (int)Math.Round((R * A) + (below.R * (1 - A))), (int)Math.Round((G * A) + (below.G * (1 - A))),
            (int)Math.Round((B * A) + (below.B * (1 - A))), 1);

        /// <summary>WCAG 2 contrast ratio (relative luminance, sRGB).</summary>
        public static double Contrast(Rgba a, Rgba b)
        {
            var (la, lb) = (Luminance(a), Luminance(b));
            return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
        }

        private static double Luminance(Rgba c)
        {
            static double Channel(int v)
            {
                var s = v / 255.0;
                return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(c.R)) + (0.7152 * Channel(c.G)) + (0.0722 * Channel(c.B));
        }

        public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
    }
}
