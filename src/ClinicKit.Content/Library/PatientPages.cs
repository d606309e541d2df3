namespace ClinicKit.Content.Library;

/// <summary>What every page of a clinic site shares (<c>clinicKitPageComposition</c>): its heading, summary and place in the
/// main navigation, which follows the content tree's order.</summary>
public sealed record PageBasics(string Title, string Summary, bool ShowInNavigation, string NavigationLabel);

/// <summary>A page patients look for, a child of a clinic site: a treatment, the contact page, a legal page or the team page.</summary>
public abstract partial record PatientPage(Guid Key, string Name, string Slug, PageBasics Page, Seo Seo, bool IsPublished, int SortOrder)
{
    public string Heading => Page.Title.Length > 0 ? Page.Title : Name;

    public string NavigationText => Page.NavigationLabel.Length > 0 ? Page.NavigationLabel : Heading;
}

public sealed record FaqItem(string Question, string Answer);

/// <summary>One row of opening hours: the days (schema.org day names, Monday first) and 24-hour times.</summary>
public sealed record OpeningHours(IReadOnlyList<string> Days, string Opens, string Closes);

/// <summary>A treatment the clinic offers. <see cref="WhatItIs"/> and <see cref="Safety"/> are read as one body, so their
/// claims are numbered and checked together, like an article's.</summary>
public sealed record TreatmentContent(
    Guid Key, string Name, string Slug, PageBasics Page, Seo Seo, bool IsPublished, int SortOrder,
    IReadOnlyList<ArticleBlock> WhatItIs,
    string WhoItIsFor,
    SafetyBlock? Safety,
    string Costs,
    string Insurance,
    IReadOnlyList<FaqItem> Faq,
    Claims.ReviewDates Review,
    Reviewer? Reviewer,
    CallToAction? CallToAction) : PatientPage(Key, Name, Slug, Page, Seo, IsPublished, SortOrder)
{
    public IEnumerable<Claims.Claim> Claims => WhatItIs.OfType<ClaimBlock>().Select(c => c.Claim).Concat(Safety?.Points ?? []);
}

/// <summary>Contact and location: the clinic site's address, phone and booking link, with these hours, map link and directions.</summary>
public sealed record ContactContent(
    Guid Key, string Name, string Slug, PageBasics Page, Seo Seo, bool IsPublished, int SortOrder,
    IReadOnlyList<OpeningHours> OpeningHours,
    string MapUrl,
    string Directions) : PatientPage(Key, Name, Slug, Page, Seo, IsPublished, SortOrder);

/// <summary>A privacy notice, accessibility statement or other plain page: a rich text body.</summary>
public sealed record LegalContent(
    Guid Key, string Name, string Slug, PageBasics Page, Seo Seo, bool IsPublished, int SortOrder,
    RichText Body) : PatientPage(Key, Name, Slug, Page, Seo, IsPublished, SortOrder);

/// <summary>The team page: who reviews the content the clinic serves. Its reviewers are not stored on the page but are
/// everyone picked as reviewer on the clinic's served articles and treatment pages, so the page cannot fall out of step.</summary>
public sealed record TeamContent(
    Guid Key, string Name, string Slug, PageBasics Page, Seo Seo, bool IsPublished, int SortOrder) : PatientPage(Key, Name, Slug, Page, Seo, IsPublished, SortOrder);
