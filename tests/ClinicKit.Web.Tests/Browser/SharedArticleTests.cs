using ClinicKit.Content.Schema;
using ClinicKit.Web.Tests.Support;
using Microsoft.Playwright;

namespace ClinicKit.Web.Tests.Browser;

/// <summary>One library article shown by two clinics: each in its own colours and with its own call to action, and one
/// canonical URL chosen by the clinic's canonicalStrategy.</summary>
public sealed class SharedArticleTests : BrowserTest
{
    /// <summary>Every pair of clinics that show the same library article, one using each canonical strategy where possible.</summary>
    public static IEnumerable<TestCaseData> Pairs()
    {
        var clinics = ShippedContent.Clinics;
        foreach (var a in clinics)
        {
            foreach (var b in clinics.Where(b => b.SortOrder > a.SortOrder))
            {
                var shared = ShippedContent.ServedArticles(a).Select(p => p.Article.Key)
                    .Intersect(ShippedContent.ServedArticles(b).Select(p => p.Article.Key)).FirstOrDefault();
                if (shared != Guid.Empty)
                {
                    yield return new TestCaseData(ShippedContent.Host(a), ShippedContent.Host(b), shared)
                        .SetArgDisplayNames(ShippedContent.Host(a), ShippedContent.Host(b));
                }
            }
        }
    }

    [TestCaseSource(nameof(Pairs))]
    public async Task The_same_article_has_each_clinics_colour_and_cta_and_one_canonical_url(string hostA, string hostB, Guid articleKey)
    {
        var seen = new List<(string Host, string Background, string Cta, string Canonical)>();
        foreach (var host in new[] { hostA, hostB })
        {
            var clinic = ShippedContent.ClinicByHost(host);
            var page = ShippedContent.ServedArticles(clinic).First(p => p.Article.Key == articleKey).Page;
            await OpenShippedAsync(host, "/articles/" + page.Slug);
            var background = await Page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.That(background, Is.EqualTo(Rgb(clinic.BrandColor)), $"{host}'s header should be in its brand colour");
            var cta = await Page.Locator("main .cta").Last.InnerTextAsync();
            var canonical = await Page.Locator("link[rel='canonical']").GetAttributeAsync("href");

            var expectedCanonical = $"https://{host}/articles/{page.Slug}";
            if (clinic.CanonicalStrategy == Choices.CanonicalPrimary)
            {
                var primary = ShippedContent.Library.PrimaryClinicFor(articleKey)!;
                expectedCanonical = $"https://{ShippedContent.Host(primary)}/articles/{primary.Articles.First(a => a.ArticleKey == articleKey).Slug}";
            }

            Assert.That(canonical, Is.EqualTo(expectedCanonical), $"canonical URL on {host} ({clinic.CanonicalStrategy})");
            Assert.That(await Page.Locator("meta[property='og:url']").GetAttributeAsync("content"), Is.EqualTo(canonical));
            seen.Add((host, background, cta, canonical!));
            await ScreenshotAsync("shared-article", host);
        }

        Assert.That(seen[0].Background, Is.Not.EqualTo(seen[1].Background));
        Assert.That(seen[0].Cta, Is.Not.EqualTo(seen[1].Cta));
    }

    private static string Rgb(string hex)
    {
        var h = hex.TrimStart('#');
        return $"rgb({Convert.ToInt32(h[..2], 16)}, {Convert.ToInt32(h[2..4], 16)}, {Convert.ToInt32(h[4..6], 16)})";
    }
}
