using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Schema;

namespace ClinicKit.Content.Library;

/// <summary>Reads a clinic site's child page from its stored property values, whichever source holds them: the uSync reader
/// passes a node's values, the Delivery API mapper passes API values turned back into their stored form.</summary>
public static class PatientPageReader
{
    public static bool IsPatientPage(string? contentType) =>
        contentType == DocumentTypes.TreatmentPage.Alias || contentType == DocumentTypes.ContactPage.Alias || contentType == DocumentTypes.LegalPage.Alias
        || contentType == DocumentTypes.TeamPage.Alias;

    /// <summary>The page, or null when <paramref name="contentType"/> is not one of the page types.</summary>
    /// <param name="value">A property's stored value as text (a block list's JSON, a checkbox list's JSON array), or null.</param>
    /// <param name="reviewers">The reviewer a treatment page's pick names, as the source resolves it.</param>
    public static PatientPage? Read(string? contentType, Guid key, string name, string slug, bool published, int sortOrder, Func<string, string?> value, Func<Guid?, Reviewer?> reviewers)
    {
        string Text(string alias) => value(alias)?.Trim() ?? "";
        var basics = new PageBasics(Text(Props.Title), Text(Props.Summary), Text(Props.ShowInNavigation) is "1" or "true" or "True", Text(Props.NavigationLabel));
        var seo = new Seo(Text(Props.MetaTitle), Text(Props.MetaDescription), Text(Props.NoIndex) is "1" or "true" or "True");
        if (contentType == DocumentTypes.TreatmentPage.Alias)
        {
            var whatItIs = Blocks(value(Props.WhatItIs));
            var safety = Blocks(value(Props.Safety));

            // One body, so claims are numbered through both properties in reading order.
            var body = UsyncLibraryReader.ReadBody(Concat(whatItIs, safety));
            var safetyKeys = safety.ContentData.Select(b => b.Key).ToHashSet();
            var reviewer = reviewers(ReviewerPicks.PickedKey(value(Props.ReviewedBy)));
            return new TreatmentContent(
                key, name, slug, basics, seo, published, sortOrder,
                body.Where(b => !safetyKeys.Contains(b.Key)).ToList(),
                Text(Props.WhoItIsFor),
                body.OfType<SafetyBlock>().FirstOrDefault(b => safetyKeys.Contains(b.Key)),
                Text(Props.Costs),
                Text(Props.Insurance),
                Blocks(value(Props.Faq)).ContentInLayoutOrder()
                    .Select(b => new FaqItem(b.Text(Props.Question).Trim(), b.Text(Props.Answer).Trim()))
                    .Where(f => f.Question.Length > 0 && f.Answer.Length > 0)
                    .ToList(),
                ReviewerPicks.Review(value(Props.ReviewedBy), reviewer, UsyncLibraryReader.Date(value(Props.LastReviewed)), UsyncLibraryReader.Date(value(Props.NextReviewDue))),
                reviewer,
                UsyncLibraryReader.ReadCallToAction(value(Props.CallToAction)));
        }

        if (contentType == DocumentTypes.ContactPage.Alias)
        {
            return new ContactContent(
                key, name, slug, basics, seo, published, sortOrder,
                Blocks(value(Props.OpeningHours)).ContentInLayoutOrder()
                    .Select(b => new OpeningHours(Days(b.Value(Props.Days)), b.Text(Props.Opens).Trim(), b.Text(Props.Closes).Trim()))
                    .ToList(),
                Text(Props.MapUrl),
                Text(Props.Directions));
        }

        if (contentType == DocumentTypes.TeamPage.Alias)
        {
            return new TeamContent(key, name, slug, basics, seo, published, sortOrder);
        }

        return contentType == DocumentTypes.LegalPage.Alias
            ? new LegalContent(key, name, slug, basics, seo, published, sortOrder, RichTextValue.Parse(value(Props.Body)).Markup)
            : null;
    }

    /// <summary>A checkbox list's choices (a JSON array, or its text), in week order, unknown names dropped.</summary>
    public static IReadOnlyList<string> Days(JsonNode? stored)
    {
        if (stored is JsonValue v && v.TryGetValue<string>(out var text))
        {
            try
            {
                stored = text.TrimStart().StartsWith('[') ? JsonNode.Parse(text) : new JsonArray(text.Split(',').Select(d => (JsonNode?)JsonValue.Create(d.Trim())).ToArray());
            }
            catch (JsonException)
            {
                return [];
            }
        }

        var picked = stored is JsonArray array
            ? array.Select(d => d is JsonValue s && s.TryGetValue<string>(out var day) ? day.Trim() : "").ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        return Choices.DaysOfWeek.Where(picked.Contains).ToList();
    }

    private static BlockValue Blocks(string? stored) =>
        BlockValueJson.TryParse(stored, out var value, out _) ? value : BlockValue.Empty;

    private static BlockValue Concat(BlockValue first, BlockValue second) => new(
        [.. first.ContentData, .. second.ContentData],
        [.. first.SettingsData, .. second.SettingsData],
        [.. first.Expose, .. second.Expose],
        [new BlockLayout(BlockValue.BlockListEditor, [.. first.AllLayoutItems(), .. second.AllLayoutItems()])]);
}
