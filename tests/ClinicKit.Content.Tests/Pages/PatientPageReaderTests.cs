using ClinicKit.Content.Authoring;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;

namespace ClinicKit.Content.Tests.Pages;

/// <summary>The treatment, contact and legal pages as the library model reads them, from the shipped content and from answers.</summary>
public sealed class PatientPageReaderTests
{
    private static readonly ContentLibrary Library = UsyncLibraryReader.Read(UsyncFolderReader.Read(Paths.ShippedUsync));

    [Test]
    public void Every_shipped_clinic_has_a_treatment_a_contact_page_and_privacy_and_accessibility_pages()
    {
        Assert.That(Library.Clinics, Has.Count.EqualTo(3));
        foreach (var clinic in Library.Clinics)
        {
            Assert.That(clinic.Pages.Select(p => (p.GetType().Name, p.Slug)), Is.EqualTo(new[]
            {
                (nameof(TreatmentContent), "ketamine-treatment"), (nameof(ContactContent), "contact-and-location"), (nameof(LegalContent), "privacy-notice"), (nameof(LegalContent), "accessibility-statement"),
                (nameof(TeamContent), "our-team"),
            }), clinic.Name);
            Assert.That(clinic.HeroPromise, Is.Not.Empty.And.Not.EqualTo(clinic.Tagline));
            Assert.That(clinic.Pages.Where(p => p.Page.ShowInNavigation).Select(p => p.NavigationText), Is.EqualTo(new[] { "Treatment", "Contact", "Our team" }));
        }
    }

    [Test]
    public void Every_shipped_article_and_treatment_page_is_reviewed_by_the_demo_reviewer_from_the_people_library()
    {
        var reviewed = Library.Articles.Select(a => (a.Name, a.Reviewer, a.Review))
            .Concat(Library.Clinics.SelectMany(c => c.Pages).OfType<TreatmentContent>().Select(t => (t.Name, t.Reviewer, t.Review)))
            .ToList();
        Assert.That(reviewed, Has.Count.EqualTo(8));
        foreach (var (name, reviewer, review) in reviewed)
        {
            Assert.That(reviewer, Is.Not.Null, name);
            Assert.That(reviewer!.IsDemo, Is.True, $"{name}: the shipped reviewer is demo data");
            Assert.That(reviewer.Name, Does.Contain("(demo data)"), name);
            Assert.That(reviewer.Credentials, Does.Contain("placeholder"), name);
            Assert.That(reviewer.Slug, Is.EqualTo("dr-morgan-placeholder-demo-data"), name);
            Assert.That(review.ReviewedBy, Is.EqualTo(reviewer.Name), $"{name}: the claim rules see the reviewer's name");
        }
    }

    [Test]
    public void A_treatment_pages_claims_are_numbered_through_what_it_is_and_its_safety_information()
    {
        foreach (var treatment in Library.Clinics.SelectMany(c => c.Pages).OfType<TreatmentContent>())
        {
            Assert.That(treatment.Claims.Select(c => c.Number), Is.EqualTo(Enumerable.Range(1, treatment.Claims.Count())));
            Assert.That(treatment.Safety, Is.Not.Null);
            Assert.That(treatment.Safety!.Points.Select(p => p.SafetySection), Is.EqualTo(new[] { "whoShouldNotHaveIt", "risks", "monitoring" }));
            Assert.That(treatment.WhatItIs.OfType<SafetyBlock>(), Is.Empty, "the safety block is read once, from its own property");
            Assert.That(treatment.Claims.SelectMany(c => c.Citations), Is.Not.Empty.And.All.Property("Key").Not.Null);
            Assert.That(treatment.Faq, Has.Count.EqualTo(3));
        }
    }

    [Test]
    public void Shipped_contact_pages_use_the_clinics_demo_phone_numbers_and_link_a_plain_map()
    {
        foreach (var clinic in Library.Clinics)
        {
            var contact = clinic.Pages.OfType<ContactContent>().Single();
            Assert.That(clinic.Phone, Does.Contain(") 555-01"), "demo numbers are in the reserved 555-01xx range");
            Assert.That(contact.OpeningHours, Is.Not.Empty);
            Assert.That(contact.MapUrl, Does.StartWith("https://www.openstreetmap.org/search?query="));
        }
    }

    [TestCase("Mon-Fri 09:00-17:00", "Monday,Tuesday,Wednesday,Thursday,Friday 09:00-17:00")]
    [TestCase("Mon,Wed, Fri 08:30-12:00; Sat 10:00-11:00", "Monday,Wednesday,Friday 08:30-12:00|Saturday 10:00-11:00")]
    [TestCase("tuesday-thu 10:00 - 19:00", "Tuesday,Wednesday,Thursday 10:00-19:00")]
    [TestCase("Sun 00:00-23:59", "Sunday 00:00-23:59")]
    public void Opening_hours_as_an_agency_types_them(string text, string expected)
    {
        var (hours, problems) = OpeningHoursText.Parse(text);

        Assert.That(problems, Is.Empty);
        Assert.That(string.Join("|", hours.Select(h => $"{string.Join(",", h.Days)} {h.Opens}-{h.Closes}")), Is.EqualTo(expected));
    }

    [TestCase("Mon-Fri 17:00-09:00", "closes before it opens")]
    [TestCase("Fri-Mon 09:00-17:00", "names no days")]
    [TestCase("Mo 09:00-17:00", "names no days")]
    [TestCase("Mon-Fri 9-5", "is not days and hours")]
    [TestCase("Mon 24:00-25:00", "is not days and hours")]
    [TestCase("", "no opening hours given")]
    [TestCase("Mon 09:00-17:00; <script>", "'<script>' is not days and hours")]
    public void Opening_hours_that_make_no_sense_are_named(string text, string problem)
    {
        var (_, problems) = OpeningHoursText.Parse(text);

        Assert.That(problems, Has.Some.Contains(problem));
    }

    [TestCase("[\"Friday\",\"Monday\",\"Funday\"]", "Monday,Friday")]
    [TestCase("Monday, Tuesday", "Monday,Tuesday")]
    [TestCase("[\"", "")]
    [TestCase("", "")]
    public void Stored_days_are_read_in_week_order_whatever_their_form(string stored, string expected) =>
        Assert.That(string.Join(",", PatientPageReader.Days(new StoredFields(_ => System.Text.Json.Nodes.JsonValue.Create(stored)).Choices(Content.Schema.Props.Days))), Is.EqualTo(expected));
}
