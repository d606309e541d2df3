using ClinicKit.Content.Claims;
using ClinicKit.Web.Articles;
using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>References are numbered in the order a reader first meets them, across all of an article's claims.</summary>
public sealed class ReferenceNumberingTests
{
    [Test]
    public void References_are_numbered_in_first_cited_order_and_shared_sources_keep_one_number()
    {
        var (a, b, c) = (TestContent.Citation("A"), TestContent.Citation("B"), TestContent.Citation("C"));
        var claims = new[] { TestContent.Claim(1, b.Key, a.Key), TestContent.Claim(2, a.Key, c.Key), TestContent.Claim(3, b.Key) };

        var numbering = ReferenceNumbering.For(claims, [a, b, c]);

        Assert.That(numbering.References.Select(r => (r.Number, r.Citation.Title)), Is.EqualTo(new[] { (1, "B"), (2, "A"), (3, "C") }));
        Assert.That(numbering.ClaimReferences[1], Is.EqualTo(new[] { 1, 2 }));
        Assert.That(numbering.ClaimReferences[2], Is.EqualTo(new[] { 2, 3 }));
        Assert.That(numbering.ClaimReferences[3], Is.EqualTo(new[] { 1 }));
        Assert.That(numbering.References.Select(r => r.CitedByClaims), Is.EqualTo(new[] { new[] { 1, 3 }, new[] { 1, 2 }, new[] { 2 } }));
    }

    [Test]
    public void A_missing_or_unpublished_source_gets_no_number_and_no_link()
    {
        var shown = TestContent.Citation("Shown");
        var unpublished = TestContent.Citation("Draft", CitationState.Unpublished);
        var trashed = TestContent.Citation("Binned", CitationState.Trashed);
        var claims = new[] { TestContent.Claim(1, unpublished.Key, Guid.NewGuid(), trashed.Key, shown.Key) };

        var numbering = ReferenceNumbering.For(claims, [shown, unpublished, trashed]);

        Assert.That(numbering.References.Select(r => r.Citation.Title), Is.EqualTo(new[] { "Shown" }));
        Assert.That(numbering.ClaimReferences[1], Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void A_source_picked_twice_by_one_claim_is_linked_once()
    {
        var a = TestContent.Citation("A");
        var numbering = ReferenceNumbering.For([TestContent.Claim(1, a.Key, a.Key)], [a]);
        Assert.That(numbering.ClaimReferences[1], Is.EqualTo(new[] { 1 }));
        Assert.That(numbering.References.Single().CitedByClaims, Is.EqualTo(new[] { 1 }));
    }
}
