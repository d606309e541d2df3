using ClinicKit.Web.Security;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>What an editor's rich text becomes on the page: the allow-list, row by row.</summary>
public sealed class RichTextSanitizerTests
{
    [TestCase("<p>Hello <strong>world</strong> and <em>you</em></p>", "<p>Hello <strong>world</strong> and <em>you</em></p>", TestName = "Allowed formatting is kept")]
    [TestCase("<h2>A</h2><h3>B</h3><h4>C</h4><ul><li>1</li></ul><ol><li>2</li></ol>", "<h2>A</h2><h3>B</h3><h4>C</h4><ul><li>1</li></ul><ol><li>2</li></ol>", TestName = "Headings and lists are kept")]
    [TestCase("<blockquote><p>q</p></blockquote><p>a<br>b <b>c</b> <i>d</i> <code>e</code></p>", "<blockquote><p>q</p></blockquote><p>a<br>b <b>c</b> <i>d</i> <code>e</code></p>", TestName = "Quotes, breaks and inline code are kept")]
    [TestCase("<h1>Big</h1><p>x</p>", "Big<p>x</p>", TestName = "An h1 is unwrapped because the page has its own")]
    [TestCase("<div class=\"x\"><span style=\"color:red\">kept text</span></div>", "kept text", TestName = "Unknown elements are replaced by their text")]
    [TestCase("<script>alert(1)</script><p>ok</p>", "<p>ok</p>", TestName = "A script goes with its content")]
    [TestCase("<style>body{display:none}</style>text", "text", TestName = "A style element goes with its content")]
    [TestCase("<iframe src=\"https://evil.test\"></iframe><object data=\"x\"></object><embed src=\"x\"><p>a</p>", "<p>a</p>", TestName = "Frames, objects and embeds go")]
    [TestCase("<svg><script>alert(1)</script><text>t</text></svg><math><mi>m</mi></math>after", "after", TestName = "SVG and MathML go with their content")]
    [TestCase("<form action=\"/x\"><input value=\"x\"><button>b</button></form>after", "after", TestName = "Forms and controls go")]
    [TestCase("<img src=x onerror=alert(1)><p>t</p>", "<p>t</p>", TestName = "Images with handlers go")]
    [TestCase("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\" id=\"y\">t</p>", "<p>t</p>", TestName = "Handlers, styles, classes and ids are dropped")]
    [TestCase("<!-- comment --><p>x</p>", "<p>x</p>", TestName = "Comments are dropped")]
    [TestCase("<base href=\"https://evil.test/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.test\"><p>x</p>", "<p>x</p>", TestName = "Base and meta elements go")]
    [TestCase("<p>5 &lt; 6 &amp; 7 &gt; 1</p>", "<p>5 &lt; 6 &amp; 7 &gt; 1</p>", TestName = "Text stays encoded")]
    [TestCase("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>", "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>", TestName = "Encoded markup stays text")]
    [TestCase("<p>Café – naïve</p>", "<p>Café – naïve</p>", TestName = "Letters of any language stay readable")]
    [TestCase("<a href=\"/articles/x#y\">x</a>", "<a href=\"/articles/x#y\">x</a>", TestName = "A relative link is kept")]
    [TestCase("<a href=\"#ref-1\">x</a>", "<a href=\"#ref-1\">x</a>", TestName = "A fragment link is kept")]
    [TestCase("<a href=\"mailto:care@clinic.test\">m</a> <a href=\"tel:+15035550142\">t</a>", "<a href=\"mailto:care@clinic.test\">m</a> <a href=\"tel:&#x2B;15035550142\">t</a>", TestName = "Mail and phone links are kept")]
    [TestCase("<a href=\"https://example.org/a?b=1&amp;c=2\" title=\"T\" target=\"_blank\">x</a>", "<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\" title=\"T\">x</a>", TestName = "An external link gets noopener and loses its target")]
    [TestCase("<A HREF=\"HTTPS://EXAMPLE.ORG\">x</A>", "<a href=\"HTTPS://EXAMPLE.ORG\" rel=\"noopener noreferrer\">x</a>", TestName = "Upper-case tags and schemes are recognised")]
    [TestCase("<a href=\"//evil.test/x\">x</a>", "<a href=\"//evil.test/x\" rel=\"noopener noreferrer\">x</a>", TestName = "A protocol-relative link counts as external")]
    [TestCase("<a href=\"/\\evil.example\">x</a>", "<a href=\"/\\evil.example\" rel=\"noopener noreferrer\">x</a>", TestName = "A slash and a backslash make a link external")]
    [TestCase("<a href=\"http://x.test\" onmouseover=\"alert(1)\" rel=\"opener\">x</a>", "<a href=\"http://x.test\" rel=\"noopener noreferrer\">x</a>", TestName = "A link keeps only href and title")]
    [TestCase("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>", TestName = "A javascript link loses its href")]
    [TestCase("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>", TestName = "A mixed-case javascript link loses its href")]
    [TestCase("<a href=\"&#106;avascript:alert(1)\">x</a>", "<a>x</a>", TestName = "An entity-encoded javascript link loses its href")]
    [TestCase("<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>", "<a>x</a>", TestName = "A fully hex-encoded javascript link loses its href")]
    [TestCase("<a href=\"javascript&colon;alert(1)\">x</a>", "<a>x</a>", TestName = "A named-entity colon does not hide the scheme")]
    [TestCase("<a href=\"java&#x09;script:alert(1)\">x</a>", "<a>x</a>", TestName = "A tab inside the scheme does not hide it")]
    [TestCase("<a href=\"java\nscript:alert(1)\">x</a>", "<a>x</a>", TestName = "A newline inside the scheme does not hide it")]
    [TestCase("<a href=\" \u0001 javascript:alert(1)\">x</a>", "<a>x</a>", TestName = "Leading spaces and control characters do not hide the scheme")]
    [TestCase("<a href=\"java script:alert(1)\">x</a>", "<a>x</a>", TestName = "A scheme with a space is not taken for a relative link")]
    [TestCase("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>", "<a>x</a>", TestName = "A data link loses its href")]
    [TestCase("<a href=\"vbscript:msgbox(1)\">x</a>", "<a>x</a>", TestName = "A vbscript link loses its href")]
    public void Rich_text_keeps_only_the_allowed_markup(string html, string expected)
    {
        Assert.That(RichTextSanitizer.Sanitize(html), Is.EqualTo(expected));
    }

    /// <summary>Inputs that exploit differences between a sanitizer's parser and the browser's: whatever the exact output,
    /// nothing active may survive.</summary>
    [TestCase("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>")]
    [TestCase("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>")]
    [TestCase("<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">")]
    [TestCase("<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>")]
    [TestCase("<template><script>alert(1)</script></template><p>x</p>")]
    [TestCase("<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\">")]
    [TestCase("<scr<script>ipt>alert(1)</scr</script>ipt>")]
    [TestCase("<a href=\"javascript:alert(1)\"<a href=\"x\">y</a>")]
    [TestCase("<p style=\"background:url(javascript:alert(1))\">x</p><a href=\"  JAVASCRIPT:alert(1)\">y</a>")]
    public void Parser_tricks_leave_nothing_that_can_run(string html)
    {
        var output = RichTextSanitizer.Sanitize(html);
        var reparsed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + output);
        var elements = reparsed.Body!.QuerySelectorAll("*").Select(e => e.LocalName).Distinct();
        Assert.That(elements, Is.SubsetOf(new[] { "p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "a", "blockquote", "br", "code" }), output);
        var attributes = reparsed.Body.QuerySelectorAll("*").SelectMany(e => e.Attributes.Select(a => a.Name)).Distinct();
        Assert.That(attributes, Is.SubsetOf(new[] { "href", "title", "rel" }), output);
        var hrefs = reparsed.Body.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!);
        Assert.That(hrefs, Has.None.Match("(?i)^\\s*(javascript|data|vbscript):"), output);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Empty_rich_text_renders_nothing(string? html) => Assert.That(RichTextSanitizer.Sanitize(html), Is.Empty);
}
