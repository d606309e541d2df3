using ClinicKit.Web.Rendering;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>Any brand colour gives readable text, and nothing but a colour reaches the stylesheet.</summary>
public sealed class BrandColourTests
{
    [TestCase("#1F4E79", "#1f4e79")]
    [TestCase("1F4E79", "#1f4e79")]
    [TestCase("#abc", "#aabbcc")]
    [TestCase("{\"value\":\"#7A1F3D\",\"label\":\"Wine\"}", "#7a1f3d")]
    [TestCase("red", BrandColours.Default)]
    [TestCase("#12345", BrandColours.Default)]
    [TestCase("#123456;}body{display:none}", BrandColours.Default)]
    [TestCase("", BrandColours.Default)]
    [TestCase(null, BrandColours.Default)]
    public void A_brand_colour_is_read_as_hex_or_falls_back(string? value, string expected) =>
        Assert.That(BrandColours.Normalize(value), Is.EqualTo(expected));

    [TestCase("#1f4e79")]
    [TestCase("#7a1f3d")]
    [TestCase("#2f5d3a")]
    [TestCase("#ffff00")]
    [TestCase("#777777")]
    [TestCase("#ffffff")]
    [TestCase("#000000")]
    [TestCase("#00b3b3")]
    public void Text_on_the_brand_colour_and_links_on_the_tint_meet_wcag_aa(string brand)
    {
        var p = BrandColours.For(brand);
        Assert.That(BrandColours.Contrast(Rgb(p.OnBrand), Rgb(p.Brand)), Is.GreaterThanOrEqualTo(4.5), "text on the brand colour");
        Assert.That(BrandColours.Contrast(Rgb(p.Ink), Rgb(p.Soft)), Is.GreaterThanOrEqualTo(4.5), "links on the tint");
        Assert.That(BrandColours.Contrast(Rgb(p.Ink), (255, 255, 255)), Is.GreaterThanOrEqualTo(4.5), "links on white");
    }

    [Test]
    public void The_clinic_stylesheet_holds_only_custom_properties_with_hex_values()
    {
        var css = BrandColours.Stylesheet(BrandColours.For("</style><script>alert(1)</script>"));
        Assert.That(css, Does.Match(@"^:root\{(--[a-z-]+:#[0-9a-f]{6};?)+\}\n$"));
    }

    private static (int R, int G, int B) Rgb(string hex) =>
        (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
}
