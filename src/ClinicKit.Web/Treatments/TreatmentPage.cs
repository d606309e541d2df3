using ClinicKit.Content.Library;
using ClinicKit.Web.Navigation;
using ClinicKit.Web.Rendering;

namespace ClinicKit.Web.Treatments;

/// <summary>A treatment as the clinic presents it, every medical statement a numbered, cited claim.</summary>
public sealed class TreatmentPage : ClinicPage
{
    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<Crumb> Breadcrumbs { get; init; }

    public required IReadOnlyList<BlockView> WhatItIs { get; init; }

    public required string WhoItIsFor { get; init; }

    public BlockView? Safety { get; init; }

    public required string Costs { get; init; }

    public required string Insurance { get; init; }

    public required IReadOnlyList<FaqItem> Faq { get; init; }

    public required IReadOnlyList<ReferenceView> References { get; init; }

    public required ReviewView Review { get; init; }

    public CtaView? CallToAction { get; init; }
}
