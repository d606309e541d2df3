using ClinicKit.Content.Schema;

namespace ClinicKit.Content.Library;

/// <summary>Reads a clinic site's child page from its property values, whichever source decoded them.</summary>
public static class PatientPageReader
{
    public static bool IsPatientPage(string? contentType) =>
        contentType == DocumentTypes.TreatmentPage.Alias || contentType == DocumentTypes.ContactPage.Alias || contentType == DocumentTypes.LegalPage.Alias
        || contentType == DocumentTypes.TeamPage.Alias;

    /// <summary>The page, or null when <paramref name="contentType"/> is not one of the page types.</summary>
    /// <param name="reviewers">The reviewer a treatment page's pick names, as the source resolves it.</param>
    public static PatientPage? Read(string? contentType, Guid key, string name, string slug, bool published, int sortOrder, IContentFields fields, Func<Guid?, Reviewer?> reviewers)
    {
        var basics = new PageBasics(fields.Text(Props.Title), fields.Text(Props.Summary), fields.Flag(Props.ShowInNavigation), fields.Text(Props.NavigationLabel));
        var seo = LibraryBuilder.Seo(fields);
        if (contentType == DocumentTypes.TreatmentPage.Alias)
        {
            var safety = fields.Blocks(Props.Safety);

            // One body, so claims are numbered through both properties in reading order.
            var body = LibraryBuilder.Body([.. fields.Blocks(Props.WhatItIs), .. safety]);
            var safetyKeys = safety.Select(b => b.Key).ToHashSet();
            var picked = fields.Picks(Props.ReviewedBy);
            var reviewer = reviewers(ReviewerPicks.PickedKey(picked));
            return new TreatmentContent(
                key, name, slug, basics, seo, published, sortOrder,
                body.Where(b => !safetyKeys.Contains(b.Key)).ToList(),
                fields.Text(Props.WhoItIsFor),
                body.OfType<SafetyBlock>().FirstOrDefault(b => safetyKeys.Contains(b.Key)),
                fields.Text(Props.Costs),
                fields.Text(Props.Insurance),
                fields.Blocks(Props.Faq)
                    .Select(b => new FaqItem(b.Fields.Text(Props.Question), b.Fields.Text(Props.Answer)))
                    .Where(f => f.Question.Length > 0 && f.Answer.Length > 0)
                    .ToList(),
                ReviewerPicks.Review(picked, reviewer, fields.Date(Props.LastReviewed), fields.Date(Props.NextReviewDue)),
                reviewer,
                LibraryBuilder.CallToAction(fields.Blocks(Props.CallToAction)));
        }

        if (contentType == DocumentTypes.ContactPage.Alias)
        {
            return new ContactContent(
                key, name, slug, basics, seo, published, sortOrder,
                fields.Blocks(Props.OpeningHours)
                    .Select(b => new OpeningHours(Days(b.Fields.Choices(Props.Days)), b.Fields.Text(Props.Opens), b.Fields.Text(Props.Closes)))
                    .ToList(),
                fields.Text(Props.MapUrl),
                fields.Text(Props.Directions));
        }

        if (contentType == DocumentTypes.TeamPage.Alias)
        {
            return new TeamContent(key, name, slug, basics, seo, published, sortOrder);
        }

        return contentType == DocumentTypes.LegalPage.Alias
            ? new LegalContent(key, name, slug, basics, seo, published, sortOrder, fields.RichText(Props.Body))
            : null;
    }

    /// <summary>The picked days in week order, unknown names dropped.</summary>
    public static IReadOnlyList<string> Days(IReadOnlyList<string> picked)
    {
        var days = picked.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Choices.DaysOfWeek.Where(days.Contains).ToList();
    }
}
