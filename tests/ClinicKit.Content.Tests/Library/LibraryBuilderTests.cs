using ClinicKit.Content.Blocks;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Tests.Shared;
using static ClinicKit.Tests.Shared.ContentElements;

namespace ClinicKit.Content.Tests.Library;

/// <summary>The source-neutral reader builds what an article or treatment page shows from values a source has decoded:
/// numbered claims, safety points by section, links to documents kept as keys.</summary>
public sealed class LibraryBuilderTests
{
    private static readonly Guid Source = Guid.NewGuid();

    [Test]
    public void Claims_are_numbered_in_reading_order_with_safety_points_by_section()
    {
        var body = LibraryBuilder.Body([
            Claim("First claim.", Source),
            Safety("Important safety information",
                (Props.Risks, Claim("A risk.", Source)),
                (Props.WhoShouldNotHaveIt, Claim("Not for people with X.", Source))),
            Claim("Last claim.", Source),
        ]);

        Assert.That(body.OfType<ClaimBlock>().Select(c => (c.Claim.Number, c.Claim.Statement)),
            Is.EqualTo(new[] { (1, "First claim."), (4, "Last claim.") }));
        var safety = body.OfType<SafetyBlock>().Single();
        Assert.That(safety.Heading, Is.EqualTo("Important safety information"));
        Assert.That(safety.Points.Select(p => (p.Number, p.Statement, p.SafetySection)),
            Is.EqualTo(new[] { (2, "Not for people with X.", Props.WhoShouldNotHaveIt), (3, "A risk.", Props.Risks) }),
            "safety sections read in the order claim-rules.json lists them, not the order they were given");
        Assert.That(body.OfType<ClaimBlock>().First().Claim.Citations.Select(c => c.Key), Is.EqualTo(new Guid?[] { Source }));
    }

    [Test]
    public void A_block_umbraco_does_not_render_is_not_shown_but_keeps_its_claim_number()
    {
        var body = LibraryBuilder.Body([Claim("Hidden claim.", Source).NotRendered(), Claim("Shown claim.", Source)]);

        Assert.That(body.OfType<ClaimBlock>().Select(c => (c.Claim.Number, c.Claim.Statement)), Is.EqualTo(new[] { (2, "Shown claim.") }));
    }

    [Test]
    public void Rich_text_keeps_a_link_to_a_document_as_its_key_until_a_clinic_writes_the_address()
    {
        var linked = Guid.NewGuid();
        var text = new RichText([new MarkupPart("<p>Read <a href=\""), new DocumentAddress(linked), new MarkupPart("\">more</a>.</p>")]);

        var block = LibraryBuilder.Body([Text(text)]).OfType<RichTextBlock>().Single();

        Assert.That(block.Text.Html(key => key == linked ? "/articles/more" : "/"), Is.EqualTo("<p>Read <a href=\"/articles/more\">more</a>.</p>"));
    }

    [Test]
    public void A_call_to_action_is_the_first_rendered_cta_block()
    {
        var page = Guid.NewGuid();
        var cta = LibraryBuilder.CallToAction([Cta("Hidden").NotRendered(), Cta(" Call us ", new Link("?from=cta", page, "Page", "")), Cta("Second")]);

        Assert.That((cta?.Heading, cta?.Link?.ContentKey), Is.EqualTo(("Call us", (Guid?)page)));
        Assert.That(LibraryBuilder.CallToAction([Claim("Not a CTA.", Source)]), Is.Null);
    }

    [Test]
    public void A_treatment_page_numbers_claims_through_what_it_is_and_its_safety_information()
    {
        var fields = new Fields()
            .Set(Props.Title, "Ketamine treatment")
            .Set(Props.WhatItIs, new[] { Claim("What it does.", Source) })
            .Set(Props.Safety, new[] { Safety("Safety", (Props.Risks, Claim("A risk.", Source))) })
            .Set(Props.Faq, new[] { Faq("How long?", "An hour."), Faq("Unanswered?", " ") });

        var page = (TreatmentContent)PatientPageReader.Read(DocumentTypes.TreatmentPage.Alias, Guid.NewGuid(), "Ketamine", "ketamine", true, 0, fields, _ => null)!;

        Assert.That(page.Heading, Is.EqualTo("Ketamine treatment"));
        Assert.That(page.Claims.Select(c => (c.Number, c.Statement)), Is.EqualTo(new[] { (1, "What it does."), (2, "A risk.") }));
        Assert.That(page.WhatItIs.OfType<SafetyBlock>(), Is.Empty, "the safety block is shown in its own section");
        Assert.That(page.Faq, Is.EqualTo(new[] { new FaqItem("How long?", "An hour.") }), "a question without an answer is not shown");
        Assert.That(page.Review.ReviewedBy, Is.Null, "nobody picked");
    }

    [Test]
    public void An_articles_review_names_the_reviewer_a_pick_resolves_to_and_the_pick_itself_when_it_does_not()
    {
        var reviewer = new Reviewer(Guid.NewGuid(), "Dr. Demo Reviewer", "MD", "Psychiatrist", "", "", IsDemo: true);
        var gone = Guid.NewGuid();
        Fields Picking(Guid key) => new Fields()
            .Set(Props.Title, "How it works")
            .Set(Props.ReviewedBy, new[] { new PickedDocument(key, Udis.Document(key)) })
            .Set(Props.LastReviewed, new DateOnly(2026, 10, 1))
            .Set(Props.Treatment, "Ketamine");

        var resolved = LibraryBuilder.Article(Guid.NewGuid(), "how-it-works", Picking(reviewer.Key), k => k == reviewer.Key ? reviewer : null, true, null);
        var unresolved = LibraryBuilder.Article(Guid.NewGuid(), "how-it-works", Picking(gone), _ => null, true, null);

        Assert.That((resolved.Title, resolved.Reviewer, resolved.Review.ReviewedBy, resolved.Review.LastReviewed, resolved.Treatment),
            Is.EqualTo(("How it works", reviewer, "Dr. Demo Reviewer", (DateOnly?)new DateOnly(2026, 10, 1), "Ketamine")));
        Assert.That((unresolved.Reviewer, unresolved.Review.ReviewedBy), Is.EqualTo(((Reviewer?)null, Udis.Document(gone))),
            "CK0420 names the pick that does not resolve");
    }

    [Test]
    public void A_clinic_without_a_canonical_strategy_is_its_own_canonical()
    {
        var clinic = LibraryBuilder.ClinicSite(Guid.NewGuid(), "Riverglass", new Fields().Set(Props.ClinicName, " Riverglass Ketamine Care "), ["riverglass.test"], [], true, 0, null);

        Assert.That((clinic.ClinicName, clinic.CanonicalStrategy, clinic.DefaultCallToAction), Is.EqualTo(("Riverglass Ketamine Care", Choices.CanonicalSelf, (CallToAction?)null)));
    }
}
