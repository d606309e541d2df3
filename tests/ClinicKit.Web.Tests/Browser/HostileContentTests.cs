using System.Text.Json.Nodes;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>Script, event handlers, javascript: links and style injection placed in every kind of text an editor controls,
/// served by a second head from an edited copy of the content. The page's CSP is switched off in the browser, so these
/// tests prove the markup itself is inert.</summary>
public sealed class HostileContentTests : BrowserTest
{
    private const string RichText =
        "<p>Rich text payloads follow.</p>"
        + "<script>alert('rt-script')</script>"
        + "<img src=\"x\" onerror=\"alert('rt-onerror')\">"
        + "<p onclick=\"alert('rt-onclick')\" style=\"position:fixed;inset:0;z-index:99;background:red\">Styled paragraph</p>"
        + "<a href=\"javascript:alert('rt-js')\">plain javascript link</a> "
        + "<a href=\"JaVaScRiPt:alert('rt-case')\">mixed case link</a> "
        + "<a href=\"&#106;avascript:alert('rt-entity')\">entity link</a> "
        + "<a href=\"java&#x09;script:alert('rt-tab')\">tab link</a> "
        + "<a href=\" &#x20;javascript:alert('rt-space')\">space link</a> "
        + "<a href=\"data:text/html,&lt;script&gt;alert('rt-data')&lt;/script&gt;\">data link</a> "
        + "<a href=\"vbscript:msgbox('rt-vb')\">vbscript link</a>"
        + "<style>body{display:none!important}</style>"
        + "<iframe src=\"javascript:alert('rt-iframe')\"></iframe>"
        + "<svg><script>alert('rt-svg')</script></svg>"
        + "<math><mi>rt-math</mi></math>"
        + "<form action=\"javascript:alert('rt-form')\"><button>rt-form-button</button></form>"
        + "<p><a href=\"https://example.org/safe\" target=\"_blank\">external source</a></p>"
        + "<svg><p><style><img src=x onerror=alert('rt-svg-breakout')></style></p></svg>"
        + "<iframe srcdoc=\"&lt;img src=x onerror=alert('rt-srcdoc')&gt;\"></iframe>"
        + "<noscript><p title=\"</noscript><img src=x onerror=alert('rt-noscript')>\"></p></noscript>"
        // Namespace confusion (mXSS): last, because the markup it leaves open would take in whatever followed it.
        + "<form><math><mtext></form><form><mglyph><svg><mtext><style><path id=\"</style><img onerror=alert('rt-mxss') src>\">";

    private const string Statement = "<script>alert('claim-statement')</script><img src=x onerror=alert('claim-img')> Claim text";
    private const string Qualifier = "<style>body{display:none}</style><b onclick=\"alert('claim-qualifier')\">bold</b> caveat";
    private const string CtaHeading = "<script>alert('cta-heading')</script>Call {{clinic.name}}";
    private const string CtaBody = "<img src=x onerror=alert('cta-body')> {{clinic.phone}} <a href=\"javascript:alert('cta-a')\">x</a>";
    private const string CtaButton = "<b onclick=\"alert('cta-button')\">Book</b>";
    private const string Title = "Hostile </script><script>alert('title')</script><!-- title";
    private const string Tagline = "<img src=x onerror=alert('tagline')> tagline";

    private UsyncCopy? _copy;
    private HeadServer? _server;
    private ClinicSite _clinic = null!;
    private ClinicArticle _page = null!;

    protected override bool BypassCsp => true;

    [OneTimeSetUp]
    public async Task ServeHostileCopyAsync()
    {
        _copy = UsyncCopy.OfShipped();
        var library = _copy.Library;
        _clinic = library.Clinics[^1];
        (_page, var article) = ShippedContent.ServedArticles(_clinic).First();

        _copy.Edit(article.Key, node =>
        {
            UsyncCopy.Set(node, Props.Title, Title);
            UsyncCopy.Set(node, Props.MetaTitle, Title);
            var rich = false;
            var claim = false;
            UsyncCopy.EditBlocks(node, Props.Body, block =>
            {
                if (!rich && UsyncCopy.IsBlockOf(block, DocumentTypes.RichTextBlock.Key))
                {
                    rich = true;
                    UsyncCopy.SetBlockValue(block, Props.Text, new JsonObject { ["blocks"] = null, ["markup"] = RichText });
                    return true;
                }

                if (!claim && UsyncCopy.IsBlockOf(block, DocumentTypes.ClaimBlock.Key))
                {
                    claim = true;
                    UsyncCopy.SetBlockValue(block, Props.Statement, Statement);
                    UsyncCopy.SetBlockValue(block, Props.Qualifier, Qualifier);
                    return true;
                }

                // The article's call to action is the one its page shows; the clinic default (below) is the home page's.
                if (UsyncCopy.IsBlockOf(block, DocumentTypes.CtaBlock.Key))
                {
                    SetHostileCta(block);
                    return true;
                }

                return false;
            });
        });
        _copy.Edit(_clinic.Key, node =>
        {
            UsyncCopy.Set(node, Props.Tagline, Tagline);
            UsyncCopy.Set(node, Props.BrandColor, "red;}body{display:none}</style><script>alert('colour')</script>");
            UsyncCopy.EditBlocks(node, Props.CallToAction, block =>
            {
                SetHostileCta(block);
                return true;
            });
        });
        _server = await HeadServer.StartAsync(_copy.Root);
    }

    private static void SetHostileCta(JsonObject block)
    {
        UsyncCopy.SetBlockValue(block, Props.Heading, CtaHeading);
        UsyncCopy.SetBlockValue(block, Props.Body, CtaBody);
        UsyncCopy.SetBlockValue(block, Props.ButtonLabel, CtaButton);
        UsyncCopy.SetBlockValue(block, Props.Link, JsonNode.Parse("""[{"name":"x","target":"","udi":null,"url":"javascript:alert('cta-link')","queryString":""}]"""));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _copy?.Dispose();
    }

    private string Host => ShippedContent.Host(_clinic);

    private Task OpenArticleAsync() => OpenAsync(_server!, Host, "/articles/" + _page.Slug);

    [Test]
    public async Task Script_handlers_styles_and_unsafe_links_in_rich_text_are_removed()
    {
        await OpenArticleAsync();
        await Assertions.Expect(Page.GetByText("Rich text payloads follow.")).ToBeVisibleAsync();
        await Page.GetByText("Styled paragraph").ClickAsync();
        foreach (var text in new[] { "plain javascript link", "mixed case link", "entity link", "tab link", "space link", "data link", "vbscript link" })
        {
            await Page.GetByText(text).ClickAsync();
        }

        await AssertNothingRanAsync();
        Assert.That(await CountAsync(".rich-text iframe, .rich-text svg, .rich-text math, .rich-text form, .rich-text img, .rich-text button, body style"), Is.Zero);
        var unsafeHrefs = await Page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href).filter(h => !/^(https?|mailto|tel):/i.test(h))");
        Assert.That(unsafeHrefs, Is.Empty);
        await Assertions.Expect(Page.GetByText("external source")).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await Assertions.Expect(Page.GetByText("Styled paragraph")).ToHaveCSSAsync("position", "static");
    }

    [Test]
    public async Task Markup_in_a_claim_statement_or_qualifier_shows_as_text()
    {
        await OpenArticleAsync();
        var claim = Page.Locator(".claim").First;
        await Assertions.Expect(claim.Locator(".claim-statement")).ToContainTextAsync(Statement);
        await Assertions.Expect(claim.Locator(".claim-qualifier")).ToContainTextAsync(Qualifier);
        Assert.That(await claim.Locator("script, img, style, b").CountAsync(), Is.Zero);
        await claim.ClickAsync();
        await AssertNothingRanAsync();
    }

    [Test]
    public async Task Markup_in_cta_text_shows_as_text_and_a_javascript_cta_link_falls_back_to_the_booking_page()
    {
        foreach (var path in new[] { "/articles/" + _page.Slug, "/" })
        {
            await OpenAsync(_server!, Host, path);
            var cta = Page.Locator("main .cta").Last;
            await Assertions.Expect(cta.Locator(".cta-heading")).ToHaveTextAsync(CtaHeading.Replace("{{clinic.name}}", _clinic.ClinicName));
            await Assertions.Expect(cta.Locator(".cta-body")).ToHaveTextAsync(CtaBody.Replace("{{clinic.phone}}", _clinic.Phone));
            await Assertions.Expect(cta.Locator(".cta-button")).ToHaveTextAsync(CtaButton);
            await Assertions.Expect(cta.Locator(".cta-button")).ToHaveAttributeAsync("href", _clinic.BookingUrl);
            Assert.That(await cta.Locator("script, img, b, a[href^='javascript' i]").CountAsync(), Is.Zero);
            await AssertNothingRanAsync();
        }
    }

    [Test]
    public async Task A_title_that_tries_to_close_the_json_ld_block_stays_inside_it()
    {
        await OpenArticleAsync();
        await Assertions.Expect(Page.Locator("main h1")).ToHaveTextAsync(Title);
        Assert.That(await Page.TitleAsync(), Does.StartWith(Title));
        Assert.That(await CountAsync("script"), Is.EqualTo(1), "only the JSON-LD data block");
        var name = await Page.EvaluateAsync<string>("() => JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).name");
        Assert.That(name, Is.EqualTo(Title));
        await AssertNothingRanAsync();
    }

    [Test]
    public async Task A_brand_colour_that_is_not_a_colour_cannot_inject_css_and_the_tagline_shows_as_text()
    {
        await OpenAsync(_server!, Host);
        await Assertions.Expect(Page.Locator(".site-tagline")).ToHaveTextAsync(Tagline);
        await Assertions.Expect(Page.Locator("body")).ToBeVisibleAsync();
        var css = await Page.EvaluateAsync<string>("async () => (await fetch('/clinic.css')).text()");
        Assert.That(css, Does.Not.Contain("script").And.Not.Contain("display").And.Not.Contain("red"));
        await AssertNothingRanAsync();
    }

    private async Task AssertNothingRanAsync()
    {
        Assert.That(Dialogs, Is.Empty, "injected script ran");
        Assert.That(await CountAsync("script:not([type='application/ld+json'])"), Is.Zero);
        Assert.That(await CountAsync("[onerror], [onclick], [onload], [style], [srcdoc]"), Is.Zero);
        await Assertions.Expect(Page.Locator("body")).ToBeVisibleAsync();
    }

    private Task<int> CountAsync(string selector) => Page.Locator(selector).CountAsync();
}
