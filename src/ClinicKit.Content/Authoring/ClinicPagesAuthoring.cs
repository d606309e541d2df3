using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Authoring;

/// <summary>The pages a new clinic starts with: a draft page per treatment (its medical content and safety information must be
/// written and cited before it is published), the contact page from the clinic's answers, the team page (its reviewers are
/// whoever reviews what the clinic shows) and privacy and accessibility pages.</summary>
public static class ClinicPagesAuthoring
{
    public static IReadOnlyList<ContentNode> Plan(ContentNode root, NewClinic clinic, IReadOnlyList<OpeningHours> hours, int firstSortOrder, DateTime now)
    {
        var name = clinic.Name.Trim();
        var domain = clinic.Domain.ToLowerInvariant();
        var sort = firstSortOrder;
        Guid Key(string part) => DeterministicKeys.For("clinic", domain, "page", part);
        var pages = new List<ContentNode>();
        foreach (var treatment in clinic.TreatmentNames)
        {
            var page = PatientPageNodes.Page(Key("treatment/" + UsyncFileNames.UrlSegment(treatment)), treatment, DocumentTypes.TreatmentPage.Alias, root, sort++, published: false, now,
                new PageBasics(treatment, "", true, treatment.Length <= 24 ? treatment : ""));
            pages.Add(PatientPageNodes.Treatment(page,
                [PatientPageNodes.RichText(DeterministicKeys.For(page.Key.ToString(), "intro"), $"<p>How {System.Net.WebUtility.HtmlEncode(treatment)} is given at {System.Net.WebUtility.HtmlEncode(name)}. Put every medical statement in a claim block that cites its sources.</p>")],
                "", null, "", "", []));
        }

        var contact = PatientPageNodes.Page(Key("contact"), "Contact and location", DocumentTypes.ContactPage.Alias, root, sort++, published: true, now,
            new PageBasics("Contact and location", $"How to reach {name}, when we are open, and how to find us.", true, "Contact"));
        pages.Add(PatientPageNodes.Contact(contact, hours, "", ""));

        pages.Add(PatientPageNodes.Page(Key("team"), "Our team", DocumentTypes.TeamPage.Alias, root, sort++, published: true, now,
            new PageBasics("Our team", "Who checks the medical information on this website against its sources.", true, "")));

        var privacy = PatientPageNodes.Page(Key("privacy"), "Privacy notice", DocumentTypes.LegalPage.Alias, root, sort++, published: true, now,
            new PageBasics("Privacy notice", "What this website records about you, and what happens to what you tell us.", false, ""));
        pages.Add(PatientPageNodes.Legal(privacy,
            "<h2>What this website records</h2><p>The site sets no cookies and runs no tracking or advertising scripts. The web server keeps short-lived logs of requests (the page asked for, the time and the browser's address) to keep the service running.</p>" +
            "<h2>Booking and contact</h2><p>Booking uses our booking system, which has its own privacy notice. What you tell us by phone or email is kept in your patient record.</p>" +
            "<h2>Your rights</h2><p>You can ask what we hold about you and ask us to correct it; see our contact page.</p>"));

        var accessibility = PatientPageNodes.Page(Key("accessibility"), "Accessibility statement", DocumentTypes.LegalPage.Alias, root, sort, published: true, now,
            new PageBasics("Accessibility statement", "How we make this website usable for everyone, and how to tell us when it is not.", false, ""));
        pages.Add(PatientPageNodes.Legal(accessibility,
            $"<p>We want everyone to be able to use the {System.Net.WebUtility.HtmlEncode(name)} website. We aim to meet WCAG 2.2 at level AA: every page works with a keyboard and a screen reader and needs no JavaScript.</p>" +
            "<h2>Tell us about a problem</h2><p>If something on this site does not work for you, call or email us (see our contact page) and we will help you another way and fix the page.</p>"));
        return pages;
    }
}
