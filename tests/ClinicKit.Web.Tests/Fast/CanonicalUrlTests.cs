using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Web.Hosting;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>Which URL search engines are told is the original, when several clinics show one library article.</summary>
public sealed class CanonicalUrlTests
{
    private static readonly Guid Article = Guid.NewGuid();
    private static readonly PublicUrls Https = new(Options.Create(new ClinicKitOptions()));

    [Test]
    public void A_this_clinic_page_is_its_own_canonical()
    {
        var clinic = TestContent.Clinic("A", "a.test", 1, articles: [TestContent.Page(Article, "shared")]);
        Assert.That(CanonicalUrls.ForArticle(clinic, clinic.Articles[0], [clinic], Https), Is.EqualTo("https://a.test/articles/shared"));
    }

    [Test]
    public void A_primary_clinic_page_points_at_the_first_this_clinic_site_showing_the_article_under_its_own_slug()
    {
        var follower = TestContent.Clinic("F", "f.test", 1, Choices.CanonicalPrimary, [TestContent.Page(Article, "f-slug")]);
        var primary = TestContent.Clinic("P", "p.test", 2, articles: [TestContent.Page(Article, "p-slug")]);
        var later = TestContent.Clinic("L", "l.test", 3, articles: [TestContent.Page(Article, "l-slug")]);
        Assert.That(
            CanonicalUrls.ForArticle(follower, follower.Articles[0], [later, follower, primary], Https),
            Is.EqualTo("https://p.test/articles/p-slug"));
    }

    [Test]
    public void A_primary_clinic_page_is_its_own_canonical_when_no_this_clinic_site_shows_the_article()
    {
        var follower = TestContent.Clinic("F", "f.test", 1, Choices.CanonicalPrimary, [TestContent.Page(Article, "f-slug")]);
        var other = TestContent.Clinic("O", "o.test", 2, articles: [TestContent.Page(Guid.NewGuid(), "other")]);
        Assert.That(CanonicalUrls.ForArticle(follower, follower.Articles[0], [follower, other], Https), Is.EqualTo("https://f.test/articles/f-slug"));
    }

    [Test]
    public void A_primary_clinic_page_never_points_at_a_page_the_primary_does_not_serve()
    {
        var follower = TestContent.Clinic("F", "f.test", 1, Choices.CanonicalPrimary, [TestContent.Page(Article, "f-slug")]);
        var primary = TestContent.Clinic("P", "p.test", 2, articles: [TestContent.Page(Article, "p-slug", published: false)]);
        Assert.That(CanonicalUrls.ForArticle(follower, follower.Articles[0], [follower, primary], Https), Is.EqualTo("https://f.test/articles/f-slug"));
    }

    [Test]
    public void The_scheme_of_absolute_urls_is_configurable()
    {
        var http = new PublicUrls(Options.Create(new ClinicKitOptions { PublicScheme = "http" }));
        var clinic = TestContent.Clinic("A", "a.test", 1, articles: [TestContent.Page(Article, "s")]);
        Assert.That(CanonicalUrls.ForArticle(clinic, clinic.Articles[0], [clinic], http), Is.EqualTo("http://a.test/articles/s"));
    }

    [TestCase("clinic.test", "clinic.test")]
    [TestCase("Clinic.Test:8080", "clinic.test")]
    [TestCase("https://clinic.test/en/", "clinic.test")]
    [TestCase("[::1]", "[::1]")]
    public void A_domain_as_umbraco_stores_it_becomes_a_host_name(string domain, string host) =>
        Assert.That(ContentLibrary.HostOf(domain), Is.EqualTo(host));
}
