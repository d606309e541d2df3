using System.Text.Json.Nodes;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Authoring;

/// <summary>Treatment, contact and legal page nodes under a clinic site, with every property their types define, as uSync exports them.</summary>
public static class PatientPageNodes
{
    public static ContentNode Page(Guid key, string name, string contentType, ContentNode clinic, int sortOrder, bool published, DateTime now, PageBasics page) =>
        ContentNodes.Create(key, name, contentType, clinic, sortOrder, published, now)
            .Set(Props.Title, page.Title)
            .Set(Props.Summary, page.Summary)
            .Set(Props.ShowInNavigation, page.ShowInNavigation ? "1" : "0")
            .Set(Props.NavigationLabel, page.NavigationLabel)
            .Set(Props.MetaDescription, "")
            .Set(Props.MetaTitle, "")
            .Set(Props.NoIndex, "0");

    public static ContentNode Treatment(ContentNode page, IReadOnlyList<BlockItem> whatItIs, string whoItIsFor, BlockItem? safety,
        string costs, string insurance, IReadOnlyList<FaqItem> faq, string reviewedBy = "", string lastReviewed = "", string nextReviewDue = "") =>
        page.Set(Props.WhatItIs, ContentNodes.BlockList(whatItIs))
            .Set(Props.WhoItIsFor, whoItIsFor)
            .Set(Props.Safety, ContentNodes.BlockList(safety is null ? [] : [safety]))
            .Set(Props.Costs, costs)
            .Set(Props.Insurance, insurance)
            .Set(Props.Faq, ContentNodes.BlockList(faq.Select((f, i) => new BlockItem(DocumentTypes.FaqItem.Key, DeterministicKeys.For(page.Key.ToString(), "faq", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                [ContentNodes.Value(Props.Question, f.Question), ContentNodes.Value(Props.Answer, f.Answer)]))))
            .Set(Props.CallToAction, "")
            .Set(Props.ReviewedBy, reviewedBy)
            .Set(Props.LastReviewed, lastReviewed)
            .Set(Props.NextReviewDue, nextReviewDue);

    public static ContentNode Contact(ContentNode page, IReadOnlyList<OpeningHours> hours, string mapUrl, string directions) =>
        page.Set(Props.OpeningHours, ContentNodes.BlockList(hours.Select((h, i) => new BlockItem(DocumentTypes.OpeningHours.Key, DeterministicKeys.For(page.Key.ToString(), "hours", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                [
                    ContentNodes.Value(Props.Days, new JsonArray(h.Days.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray())),
                    ContentNodes.Value(Props.Opens, h.Opens),
                    ContentNodes.Value(Props.Closes, h.Closes),
                ]))))
            .Set(Props.MapUrl, mapUrl)
            .Set(Props.Directions, directions);

    public static ContentNode Legal(ContentNode page, string markup) =>
        page.Set(Props.Body, new RichTextValue(markup, BlockValue.Empty).ToJson());

    public static BlockItem RichText(Guid key, string markup) =>
        new(DocumentTypes.RichTextBlock.Key, key, [ContentNodes.Value(Props.Text, new RichTextValue(markup, BlockValue.Empty).ToNode())]);
}
