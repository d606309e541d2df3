using System.Text.Json;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Sources.DeliveryApi;

/// <summary>Checks that a Delivery API item has the shape Umbraco's Delivery API gives each ClinicKit property, before the
/// head takes it as fresh content: a wrong shape is Umbraco answering wrongly (a changed data type, a proxy's error page
/// in JSON, a half-migrated site), so the last good copy keeps being served and the log names the item and property.</summary>
/// <remarks>What each editor outputs comes from Umbraco's property value converters' Delivery API output
/// (<c>IDeliveryApiPropertyValueConverter.GetDeliveryApiPropertyValueType</c>): text boxes a string, date pickers a string,
/// dropdowns a string or an array, toggles a boolean, tags an array, content and multi URL pickers an array, block lists
/// an <c>ApiBlockListModel</c> object with <c>items</c>, rich text a <c>RichTextModel</c> object with <c>markup</c>. Any property
/// may be null (no value). Content types and properties ClinicKit does not read are not checked.</remarks>
internal static class DeliveryApiShape
{
    private enum Shape
    {
        Text,
        Number,
        Choice,
        Flag,
        List,
        Blocks,
        RichText,
    }

    private static readonly (string Alias, Shape Shape)[] SeoProperties =
        [(Props.MetaTitle, Shape.Text), (Props.MetaDescription, Shape.Text), (Props.NoIndex, Shape.Flag)];

    private static readonly (string Alias, Shape Shape)[] PageProperties =
        [(Props.Title, Shape.Text), (Props.Summary, Shape.Text), (Props.ShowInNavigation, Shape.Flag), (Props.NavigationLabel, Shape.Text), .. SeoProperties];

    private static readonly (string Alias, Shape Shape)[] ReviewProperties =
        [(Props.ReviewedBy, Shape.List), (Props.LastReviewed, Shape.Text), (Props.NextReviewDue, Shape.Text)];

    private static readonly Dictionary<string, (string Alias, Shape Shape)[]> Expected = new(StringComparer.Ordinal)
    {
        [DocumentTypes.Citation.Alias] =
        [
            (Props.Title, Shape.Text), (Props.Authors, Shape.Text), (Props.Publication, Shape.Text), (Props.Year, Shape.Number),
            (Props.Url, Shape.Text), (Props.Doi, Shape.Text), (Props.Pmid, Shape.Text), (Props.SourceType, Shape.Choice),
            (Props.LastVerified, Shape.Text),
        ],
        [DocumentTypes.Article.Alias] =
        [
            (Props.Title, Shape.Text), (Props.Summary, Shape.Text), (Props.Body, Shape.Blocks), (Props.Topics, Shape.List),
            .. ReviewProperties, (Props.CallToAction, Shape.Blocks), .. SeoProperties,
        ],
        [DocumentTypes.ClinicArticle.Alias] =
        [
            (Props.Article, Shape.List), (Props.IntroOverride, Shape.Text), (Props.CallToAction, Shape.Blocks), .. SeoProperties,
        ],
        [DocumentTypes.ClinicSite.Alias] =
        [
            (Props.ClinicName, Shape.Text), (Props.Tagline, Shape.Text), (Props.Phone, Shape.Text), (Props.Email, Shape.Text),
            (Props.Address, Shape.Text), (Props.City, Shape.Text), (Props.BookingUrl, Shape.Text), (Props.BrandColor, Shape.Text),
            (Props.CanonicalStrategy, Shape.Choice), (Props.CallToAction, Shape.Blocks), (Props.HeroPromise, Shape.Text),
            (Props.HeroText, Shape.Text), .. SeoProperties,
        ],
        [DocumentTypes.TreatmentPage.Alias] =
        [
            .. PageProperties, (Props.WhatItIs, Shape.Blocks), (Props.WhoItIsFor, Shape.Text), (Props.Safety, Shape.Blocks),
            (Props.Costs, Shape.Text), (Props.Insurance, Shape.Text), (Props.Faq, Shape.Blocks), .. ReviewProperties,
            (Props.CallToAction, Shape.Blocks),
        ],
        [DocumentTypes.ContactPage.Alias] =
        [
            .. PageProperties, (Props.OpeningHours, Shape.Blocks), (Props.MapUrl, Shape.Text), (Props.Directions, Shape.Text),
        ],
        [DocumentTypes.LegalPage.Alias] = [.. PageProperties, (Props.Body, Shape.RichText)],
        [DocumentTypes.TeamPage.Alias] = [.. PageProperties],
        [DocumentTypes.Reviewer.Alias] =
        [
            (Props.Credentials, Shape.Text), (Props.Role, Shape.Text), (Props.Bio, Shape.Text), (Props.Photo, Shape.List),
            (Props.ProfileUrl, Shape.Text), (Props.IsDemo, Shape.Flag),
        ],
        [DocumentTypes.SafetyBlock.Alias] =
        [
            (Props.Heading, Shape.Text), (Props.WhoShouldNotHaveIt, Shape.Blocks), (Props.Risks, Shape.Blocks), (Props.Monitoring, Shape.Blocks),
        ],
        [DocumentTypes.FaqItem.Alias] = [(Props.Question, Shape.Text), (Props.Answer, Shape.Text)],
        [DocumentTypes.OpeningHours.Alias] = [(Props.Days, Shape.Choice), (Props.Opens, Shape.Text), (Props.Closes, Shape.Text)],
        [DocumentTypes.RichTextBlock.Alias] = [(Props.Text, Shape.RichText)],
        [DocumentTypes.ClaimBlock.Alias] =
        [
            (Props.Statement, Shape.Text), (Props.Citations, Shape.List), (Props.ClaimType, Shape.Choice),
            (Props.EvidenceStrength, Shape.Choice), (Props.Qualifier, Shape.Text),
        ],
        [DocumentTypes.CtaBlock.Alias] =
        [
            (Props.Heading, Shape.Text), (Props.Body, Shape.Text), (Props.ButtonLabel, Shape.Text), (Props.Link, Shape.List),
            (Props.Style, Shape.Choice),
        ],
    };

    /// <summary>Throws <see cref="UmbracoUnavailableException"/> (<c>malformed-content</c>) naming the first item and property
    /// whose JSON is not what the Delivery API writes; <paramref name="answer"/> names the request, for the log.</summary>
    public static void Check(JsonElement item, string answer)
    {
        if (!ApiItem.TryParse(item, out var parsed))
        {
            var named = item.ValueKind == JsonValueKind.Object
                ? $"{Member(item, "contentType") ?? "an item"} {Member(item, "id")}".TrimEnd()
                : $"a JSON {item.ValueKind.ToString().ToLowerInvariant()}";
            throw Malformed($"{named} in Umbraco's answer to {answer} is not a content item: it needs id, contentType, a route object and a properties object");
        }

        CheckProperties(parsed.ContentType, $"{parsed.ContentType} {parsed.Id} ('{parsed.Name}')", parsed.Properties, answer, depth: 0);
    }

    private static void CheckProperties(string contentType, string owner, JsonElement properties, string answer, int depth)
    {
        // Expansion is at most three levels deep (clinic article → article → citations); anything deeper is not ours to read.
        if (depth > 8 || !Expected.TryGetValue(contentType, out var expected))
        {
            return;
        }

        foreach (var (alias, shape) in expected)
        {
            if (!properties.TryGetProperty(alias, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (!Fits(value, shape))
            {
                throw Malformed($"{owner}, property '{alias}': a JSON {value.ValueKind.ToString().ToLowerInvariant()} where the Delivery API writes {Describe(shape)} (answer to {answer})");
            }

            if (shape == Shape.Blocks)
            {
                foreach (var block in value.GetProperty("items").EnumerateArray())
                {
                    CheckBlock(block, $"{owner}, property '{alias}'", answer, depth);
                }
            }
            else if (shape == Shape.List)
            {
                foreach (var picked in value.EnumerateArray())
                {
                    if (ApiItem.TryParse(picked, out var item) && !item.IsShallow)
                    {
                        CheckProperties(item.ContentType, $"{item.ContentType} {item.Id} ('{item.Name}') picked in {owner}", item.Properties, answer, depth + 1);
                    }
                }
            }
        }
    }

    /// <summary>An <c>ApiBlockItem</c>: <c>{content: ApiElement, settings: ApiElement?}</c>, an element being
    /// <c>{id, contentType, properties}</c>.</summary>
    private static void CheckBlock(JsonElement block, string owner, string answer, int depth)
    {
        if (block.ValueKind != JsonValueKind.Object
            || !block.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object
            || !content.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !content.TryGetProperty("contentType", out var type) || type.ValueKind != JsonValueKind.String
            || !content.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"{owner}: a block that is not {{content: {{id, contentType, properties}}}} (answer to {answer})");
        }

        CheckProperties(type.GetString()!, $"{owner}, block {id.GetString()} ({type.GetString()})", properties, answer, depth + 1);
    }

    private static bool Fits(JsonElement value, Shape shape) => shape switch
    {
        Shape.Text => value.ValueKind == JsonValueKind.String,
        Shape.Number => value.ValueKind is JsonValueKind.Number or JsonValueKind.String,
        Shape.Choice => value.ValueKind == JsonValueKind.String
            || (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(c => c.ValueKind == JsonValueKind.String)),
        Shape.Flag => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        Shape.List => value.ValueKind == JsonValueKind.Array,
        Shape.Blocks => value.ValueKind == JsonValueKind.Object && value.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array,
        Shape.RichText => value.ValueKind == JsonValueKind.Object && value.TryGetProperty("markup", out var markup) && markup.ValueKind == JsonValueKind.String,
        _ => false,
    };

    private static string Describe(Shape shape) => shape switch
    {
        Shape.Text => "a string",
        Shape.Number => "a number",
        Shape.Choice => "a string or an array of strings",
        Shape.Flag => "true or false",
        Shape.List => "an array",
        Shape.Blocks => "a block list ({items: [...]})",
        Shape.RichText => "rich text ({markup: \"...\"})",
        _ => "",
    };

    private static string? Member(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static UmbracoUnavailableException Malformed(string message) => new("malformed-content", message);
}
