using System.Text.Json.Nodes;
using ClinicKit.Content.Library;
using ClinicKit.Web.Articles;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Rendering;
using ClinicKit.Web.Sites;
using ClinicKit.Web.Sources;

namespace ClinicKit.Web.Treatments;

/// <summary>A treatment page: what it is (with cited claims), who it is for, its safety information in full, costs,
/// insurance questions and a FAQ, numbered and referenced like an article.</summary>
public sealed class TreatmentPageBuilder(IContentSource source, PublicUrls urls, TimeProvider time)
{
    public sealed record Result(TreatmentPage Page, IReadOnlyList<Guid> DependsOn, Staleness? Stale);

    public async Task<Result?> BuildAsync(ClinicContext context, string slug, SourceOutage outage, CancellationToken cancellationToken)
    {
        var clinic = context.Clinic;
        if (PatientPages.Find<TreatmentContent>(clinic, slug) is not { } treatment)
        {
            return null;
        }

        var labels = context.Labels;
        var claims = treatment.Claims.ToList();
        var cited = ReferenceNumbering.CitedKeys(claims);
        var citations = await source.GetCitationsAsync(cited, outage, cancellationToken);
        var numbering = ReferenceNumbering.For(claims, citations.Value);
        var references = numbering.References.Select(r => ArticlePageBuilder.Reference(r, labels)).ToList();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var reviewer = treatment.Reviewer is { } picked ? Team.ReviewerProfiles.View(clinic, picked) : null;
        var review = new ReviewView(
            reviewer, treatment.Review.LastReviewed, treatment.Review.NextReviewDue,
            treatment.Review.NextReviewDue is { } due && due < today, labels,
            reviewer is null ? null : Team.ReviewerProfiles.AbsoluteTeamUrl(urls, clinic, reviewer));
        var url = urls.Absolute(clinic, PatientPages.PathOf(treatment));
        var description = FirstOf(treatment.Seo.MetaDescription, treatment.Page.Summary, treatment.Heading);
        var page = new TreatmentPage
        {
            Clinic = clinic,
            Labels = labels,
            ClinicStylesheetUrl = ClinicPageFactory.StylesheetUrl(clinic),
            Head = new PageHead(
                PageTitles.For(treatment, clinic),
                description,
                url,
                treatment.Seo.NoIndex,
                "article",
                JsonLd.Serialize(Data(clinic, treatment, description, url, review, references))),
            Title = treatment.Heading,
            Summary = treatment.Page.Summary,
            Breadcrumbs = [new Crumb(clinic.ClinicName.Length > 0 ? clinic.ClinicName : clinic.Name, PublicUrls.Home), new Crumb(treatment.Heading, null)],
            WhatItIs = treatment.WhatItIs.Select(b => ArticlePageBuilder.Block(b, numbering, clinic, labels)).OfType<BlockView>().ToList(),
            WhoItIsFor = treatment.WhoItIsFor,
            Safety = treatment.Safety is { } safety ? ArticlePageBuilder.Block(safety, numbering, clinic, labels) : null,
            Costs = treatment.Costs,
            Insurance = treatment.Insurance,
            Faq = treatment.Faq,
            References = references,
            Review = review,
            CallToAction = CtaBuilder.Build(treatment.CallToAction ?? clinic.DefaultCallToAction, clinic, labels),
        };
        return new Result(page, [clinic.Key, treatment.Key, .. cited, .. treatment.Reviewer is { } r ? [r.Key] : Array.Empty<Guid>()], citations.Stale);
    }

    /// <summary>The page as a reviewed MedicalWebPage about a MedicalTherapy, and its questions as an FAQPage.</summary>
    private static JsonObject Data(ClinicSite clinic, TreatmentContent treatment, string description, string? url, ReviewView review, IReadOnlyList<ReferenceView> references)
    {
        var page = JsonLd.MedicalWebPage(clinic, treatment.Heading, description, url, review, references);
        page.Remove("@context");
        page["about"] = new JsonObject { ["@type"] = "MedicalTherapy", ["name"] = treatment.Heading };
        var graph = new JsonArray(page);
        if (treatment.Faq.Count > 0)
        {
            graph.Add(new JsonObject
            {
                ["@type"] = "FAQPage",
                ["mainEntity"] = new JsonArray(treatment.Faq.Select(f => (JsonNode)new JsonObject
                {
                    ["@type"] = "Question",
                    ["name"] = f.Question,
                    ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = f.Answer },
                }).ToArray()),
            });
        }

        return new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
    }

    private static string FirstOf(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";
}
