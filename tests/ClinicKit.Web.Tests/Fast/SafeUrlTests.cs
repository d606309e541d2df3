using ClinicKit.Web.Security;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>The one URL check behind every link the head writes from content (rich text, CTA buttons, booking URLs).</summary>
public sealed class SafeUrlTests
{
    [TestCase("https://clinic.test/book", "https://clinic.test/book")]
    [TestCase("HTTP://CLINIC.TEST", "HTTP://CLINIC.TEST")]
    [TestCase("mailto:care@clinic.test", "mailto:care@clinic.test")]
    [TestCase("tel:+15035550142", "tel:+15035550142")]
    [TestCase("/articles/x", "/articles/x")]
    [TestCase("articles/x", "articles/x")]
    [TestCase("#ref-2", "#ref-2")]
    [TestCase("?page=2", "?page=2")]
    [TestCase("/a:b", "/a:b")]
    [TestCase("  https://clinic.test  ", "https://clinic.test")]
    [TestCase("//cdn.test/x", "//cdn.test/x")]
    [TestCase("javascript:alert(1)", null)]
    [TestCase("JaVaScRiPt:alert(1)", null)]
    [TestCase(" \u0001javascript:alert(1)", null)]
    [TestCase("java\tscript:alert(1)", null)]
    [TestCase("java\r\nscript:alert(1)", null)]
    [TestCase("java script:alert(1)", null)]
    [TestCase("java\u00a0script:alert(1)", null)]
    [TestCase("data:text/html,<script>alert(1)</script>", null)]
    [TestCase("vbscript:msgbox(1)", null)]
    [TestCase("file:///etc/passwd", null)]
    [TestCase(":javascript:alert(1)", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void Only_web_mail_phone_and_relative_links_are_allowed(string? url, string? expected)
    {
        Assert.That(SafeUrl.Clean(url), Is.EqualTo(expected));
    }

    [TestCase("https://x.test", true)]
    [TestCase("//x.test", true)]
    [TestCase("\\\\x.test", true)]
    [TestCase("/\\x.test", true)]
    [TestCase("\\/x.test", true)]
    [TestCase("/x.test", false)]
    [TestCase("/\\/evil.example/x", true)]
    [TestCase("/articles/x", false)]
    [TestCase("#ref-1", false)]
    [TestCase("mailto:a@b.test", false)]
    public void External_links_are_recognised_for_noopener(string url, bool external) =>
        Assert.That(SafeUrl.IsExternal(url), Is.EqualTo(external));

    [TestCase("(503) 555-0142", "tel:+15035550142")]
    [TestCase("503.555.0142", "tel:+15035550142")]
    [TestCase("+44 20 7946 0000", "tel:+442079460000")]
    [TestCase("1-800-555-0100", "tel:18005550100")]
    [TestCase("call us", null)]
    [TestCase("", null)]
    [TestCase(null, null, TestName = "A clinic without a phone number gets no tel link")]
    public void A_phone_number_becomes_a_tel_link_a_phone_can_dial(string? phone, string? expected) =>
        Assert.That(SafeUrl.Tel(phone), Is.EqualTo(expected));
}
