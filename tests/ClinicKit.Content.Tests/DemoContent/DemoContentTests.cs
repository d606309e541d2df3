using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;

namespace ClinicKit.Content.Tests.DemoContent;

/// <summary>What the demo package promises, checked from the uSync files themselves.</summary>
public sealed class DemoContentTests
{
    private static readonly UsyncFolder Folder = UsyncFolderReader.Read(Paths.ShippedUsync);
    private static readonly ContentLibrary Library = UsyncLibraryReader.Read(Folder);

    [Test]
    public void The_library_holds_five_published_articles_each_with_text_four_or_more_claims_and_a_call_to_action()
    {
        var articles = Library.Articles.ToList();
        Assert.That(articles, Has.Count.EqualTo(5));
        foreach (var article in articles)
        {
            Assert.Multiple(() =>
            {
                Assert.That(article.IsPublished, article.Title);
                Assert.That(article.Title, Is.Not.Empty);
                Assert.That(article.Summary, Is.Not.Empty);
                Assert.That(article.Seo.MetaTitle.Length, Is.InRange(1, 60), article.Title);
                Assert.That(article.Seo.MetaDescription.Length, Is.InRange(1, 160), article.Title);
                Assert.That(article.Review.ReviewedBy, Does.Contain("demo data"), "the reviewer is marked as fictional");
                Assert.That(article.Body.OfType<RichTextBlock>().Count(), Is.GreaterThanOrEqualTo(2), article.Title);
                Assert.That(article.Claims.Count(), Is.GreaterThanOrEqualTo(4), article.Title);
                Assert.That(article.Body.OfType<CtaBlock>().Count(), Is.EqualTo(1), article.Title);
            });
        }
    }

    [Test]
    public void Every_claim_cites_at_least_one_published_citation_and_is_classified()
    {
        var claims = Library.Articles.SelectMany(a => a.Claims.Select(c => (Article: a.Title, Claim: c))).ToList();
        Assert.Multiple(() =>
        {
            foreach (var (article, claim) in claims)
            {
                var where = $"{article}, claim {claim.Number}";
                Assert.That(claim.Citations, Is.Not.Empty, where);
                Assert.That(claim.Citations.Select(c => c.Key is { } k ? Library.Citation(k)?.State : null),
                    Has.All.EqualTo(ClinicKit.Content.Claims.CitationState.Published), where);
                Assert.That(Choices.ClaimTypes, Does.Contain(claim.ClaimType), where);
                Assert.That(Choices.EvidenceStrengths, Does.Contain(claim.EvidenceStrength), where);
            }
        });
    }

    [Test]
    public void Every_citation_can_be_checked_and_one_citation_supports_claims_in_several_articles()
    {
        Assert.Multiple(() =>
        {
            foreach (var citation in Library.Citations)
            {
                Assert.That(citation.Title, Is.Not.Empty);
                Assert.That(citation.Publication, Is.Not.Empty, citation.Title);
                Assert.That(citation.Doi.Length + citation.Pmid.Length + citation.Url.Length > 0 || citation.Year is not null, citation.Title);
                Assert.That(citation.LastVerified, Is.Not.Null, citation.Title);
            }
        });
        var articlesPerCitation = Library.Citations.Select(c => Library.Articles.Count(a => a.Claims.Any(x => x.Citations.Any(p => p.Key == c.Key))));
        Assert.That(articlesPerCitation.Max(), Is.GreaterThan(1));
    }

    [Test]
    public void Three_clinics_each_with_a_test_domain_reuse_five_three_and_four_articles()
    {
        Assert.That(Library.Clinics, Has.Count.EqualTo(3));
        Assert.That(Library.Clinics.Select(c => c.City).Distinct().Count(), Is.EqualTo(3));
        Assert.That(Library.Clinics.SelectMany(c => c.Hosts), Has.All.EndsWith(".test"));
        Assert.That(Library.Clinics.Select(c => c.Hosts.Count), Has.All.EqualTo(1));
        Assert.That(Library.Clinics.Select(c => c.Articles.Count).Order(), Is.EqualTo(new[] { 3, 4, 5 }));
        Assert.That(Library.Clinics.SelectMany(c => c.Articles).Select(a => Library.Article(a.ArticleKey!.Value)), Has.None.Null);
        Assert.That(Library.Clinics.Select(c => c.BrandColor).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void At_least_one_clinic_article_overrides_both_the_intro_and_the_call_to_action()
    {
        var overriding = Library.Clinics.SelectMany(c => c.Articles).Where(a => a.IntroOverride.Length > 0 && a.CallToAction is not null);
        Assert.That(overriding, Is.Not.Empty);
    }

    [Test]
    public void Calls_to_action_use_clinic_tokens_so_each_clinic_shows_its_own_name_and_phone()
    {
        var ctas = Library.Clinics.Select(c => c.DefaultCallToAction)
            .Concat(Library.Articles.SelectMany(a => a.Body.OfType<CtaBlock>().Select(b => b.Cta)))
            .ToList();
        Assert.That(ctas, Has.None.Null);
        Assert.That(ctas.Select(c => c!.Heading + c.Body), Has.All.Contains("{{clinic."));

        var cta = Library.Articles.First().Body.OfType<CtaBlock>().Single().Cta;
        var rendered = Library.Clinics.Select(c => ClinicTokens.Replace(cta.Heading + " " + cta.Body, c)).ToList();
        Assert.That(rendered.Distinct().Count(), Is.EqualTo(3));
        Assert.That(rendered.Select(r => r.Contains("{{", StringComparison.Ordinal)), Has.All.False);
    }

    [Test]
    public void The_labels_the_pages_use_are_dictionary_items()
    {
        foreach (var key in new[] { "ClinicKit.References", "ClinicKit.MedicallyReviewedBy", "ClinicKit.BookConsultation", "ClinicKit.MedicalDisclaimer", "ClinicKit.PageNotFound" })
        {
            Assert.That(Library.Dictionary, Does.ContainKey(key));
        }
    }
}
