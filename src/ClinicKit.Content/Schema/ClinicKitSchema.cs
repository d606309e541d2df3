namespace ClinicKit.Content.Schema;

/// <summary>ClinicKit's document types, element types and compositions: aliases and the keys they ship with, which never change.</summary>
public static class DocumentTypes
{
    public static readonly DocumentTypeRef SeoComposition = new("clinicKitSeoComposition", new("34668b6d-c09a-428f-89b4-fae8c09cda09"));
    public static readonly DocumentTypeRef MedicalReviewComposition = new("clinicKitMedicalReviewComposition", new("a762bf2b-b6f7-4e9e-ad38-638517b7d959"));
    public static readonly DocumentTypeRef CallToActionComposition = new("clinicKitCallToActionComposition", new("0bb8670d-21ac-4dc7-9da0-1d22e4b80202"));
    public static readonly DocumentTypeRef RichTextBlock = new("clinicKitRichTextBlock", new("76848c00-e446-4a0f-89b1-9a0b5a1e3731"));
    public static readonly DocumentTypeRef ClaimBlock = new("clinicKitClaimBlock", new("d40032df-5b93-4a26-a1dd-b407cf0954cf"));
    public static readonly DocumentTypeRef CtaBlock = new("clinicKitCtaBlock", new("7174234c-2e60-4103-8fa9-e8b8e205c168"));
    public static readonly DocumentTypeRef SafetyBlock = new("clinicKitSafetyBlock", new("5afe1b10-c15a-4e7d-9b3e-2f1a6c0d4e15"));
    public static readonly DocumentTypeRef ArticleLibrary = new("clinicKitArticleLibrary", new("dead8f3e-99a8-470c-b810-81d611e1e06a"));
    public static readonly DocumentTypeRef Article = new("clinicKitArticle", new("c6e337d0-cf4c-4042-8ba6-e3f0530ac5a3"));
    public static readonly DocumentTypeRef CitationLibrary = new("clinicKitCitationLibrary", new("9e6df481-293d-4a78-a35c-2529b7271bd2"));
    public static readonly DocumentTypeRef Citation = new("clinicKitCitation", new("23cd4961-ba5d-4dd8-b325-e926d9c98fae"));
    public static readonly DocumentTypeRef ClinicSite = new("clinicKitClinicSite", new("e80c0bdb-a856-48a4-9a32-5182310aed56"));
    public static readonly DocumentTypeRef ClinicArticle = new("clinicKitClinicArticle", new("e65efc5c-eb04-4012-a6c7-68d568dc80e1"));

    // The pages patients look for (children of a clinic site) and what they share.
    public static readonly DocumentTypeRef PageComposition = new("clinicKitPageComposition", new("9afabe73-a275-45dc-bff2-9ca4d5f307a0"));
    public static readonly DocumentTypeRef HomePageComposition = new("clinicKitHomePageComposition", new("33f438b7-8100-4536-8f63-c383478f6e63"));
    public static readonly DocumentTypeRef FaqItem = new("clinicKitFaqItem", new("93f6049f-ea89-4b0d-8ff2-737b71c7c139"));
    public static readonly DocumentTypeRef OpeningHours = new("clinicKitOpeningHours", new("1546516d-2579-45ed-973f-3d3002300785"));
    public static readonly DocumentTypeRef TreatmentPage = new("clinicKitTreatmentPage", new("034594fa-acd3-40f1-9af9-5be284d3b031"));
    public static readonly DocumentTypeRef ContactPage = new("clinicKitContactPage", new("e32428e8-c669-4ad3-97ea-be405daf97dd"));
    public static readonly DocumentTypeRef LegalPage = new("clinicKitLegalPage", new("6d4ae251-780c-43fc-b1e2-3edc72319740"));
    public static readonly DocumentTypeRef TeamPage = new("clinicKitTeamPage", new("feb64fa1-729a-499e-a96a-8c90681f02a4"));

    // The people who review medical content, shared by every clinic like the article library.
    public static readonly DocumentTypeRef PeopleLibrary = new("clinicKitPeopleLibrary", new("9350b284-38f6-4904-aceb-357bf6706aac"));
    public static readonly DocumentTypeRef Reviewer = new("clinicKitReviewer", new("33ec2654-9792-4e5a-8065-b411a226c1dd"));

    public static IReadOnlyList<DocumentTypeRef> All { get; } =
    [
        SeoComposition, MedicalReviewComposition, CallToActionComposition, RichTextBlock, ClaimBlock, CtaBlock, SafetyBlock,
        ArticleLibrary, Article, CitationLibrary, Citation, ClinicSite, ClinicArticle,
        PageComposition, HomePageComposition, FaqItem, OpeningHours, TreatmentPage, ContactPage, LegalPage, TeamPage, PeopleLibrary, Reviewer,
    ];
}

public sealed record DocumentTypeRef(string Alias, Guid Key);

/// <summary>ClinicKit's media types. Umbraco's own Image type has no alt text property, and changing it would change every
/// site's Image type (uSync removes the properties a file lacks), so ClinicKit's images are a type of their own.</summary>
public static class ClinicKitMediaTypes
{
    public static readonly DocumentTypeRef Image = new("clinicKitImage", new("260952fa-92db-453a-b9e9-de50431e7e9b"));
    public static readonly DocumentTypeRef ImageFolder = new("clinicKitImageFolder", new("7f6c7b2b-9b0c-4c2c-913b-701a798be1a0"));
}

/// <summary>The data types ClinicKit ships (Umbraco's built-in ones are referenced by their built-in keys and not shipped).</summary>
public static class DataTypeKeys
{
    public static readonly Guid ArticleBody = new("14fd8003-d400-48c4-b8c3-fb404536f7bd");
    public static readonly Guid CallToAction = new("5442242c-997d-411c-9022-d26927d9e8a8");
    public static readonly Guid SafetyPoints = new("3c0a5e15-51fe-4b7e-8a15-6d2f0c9e1a15");
    public static readonly Guid CitationPicker = new("a66657c1-c531-4a38-b1d1-0bcb6c26fb59");
    public static readonly Guid ArticlePicker = new("8231c01e-1d1d-4682-84a8-fda0130d6cbb");
    public static readonly Guid ReviewerPicker = new("9e54f248-f16d-471d-947a-dd9e7079f587");
    public static readonly Guid ImagePicker = new("45841ade-8327-496a-9e48-fd76cdbb014a");
    public static readonly Guid ClaimType = new("ab5cd49b-f321-4e10-87ef-0ebbfa823892");
    public static readonly Guid EvidenceStrength = new("f2bb95cb-76d0-4536-b95f-33ca761035b4");
    public static readonly Guid SourceType = new("09148c11-8eef-4563-b5b3-138882e0da45");
    public static readonly Guid CanonicalStrategy = new("a03d4908-ae1a-4c47-a707-febee9cc32e4");
    public static readonly Guid CtaStyle = new("fa6b1fe3-9b13-4c54-9738-5a3c635bda04");
    public static readonly Guid BrandColor = new("24e361ab-a498-4f5a-9912-ec598cb39664");
    public static readonly Guid Link = new("bfb0e427-5fac-4d51-9091-50c2163b086b");
    public static readonly Guid MetaTitle = new("9f488179-9be0-44f1-a557-a611871341c1");
    public static readonly Guid MetaDescription = new("b2ca0d7b-7223-48fb-b832-f013c95e6727");
    public static readonly Guid SafetyInformation = new("7aa5e304-9301-42aa-a29f-bdd1c05b5f61");
    public static readonly Guid Faq = new("4c51ad39-8ecd-45e9-9f33-84a5590fac7a");
    public static readonly Guid OpeningHours = new("4ba11a9a-8d7a-4ef7-bdbd-8cf5c22c0e9f");
    public static readonly Guid DaysOfWeek = new("e20fd79c-7a37-49d4-bc23-13c0e372d522");
}

/// <summary>The shipped root nodes that pickers start from.</summary>
public static class LibraryRoots
{
    public static readonly Guid ArticleLibrary = new("ea3cda1e-704d-4713-841f-c0e1252cf224");
    public static readonly Guid CitationLibrary = new("bd45a521-df45-4d28-9b78-dd6794428e85");
    public static readonly Guid PeopleLibrary = new("adb50a5a-0e07-423b-9d47-ec35eb967e23");
}

/// <summary>Property aliases, grouped by the type that defines them.</summary>
public static class Props
{
    public const string MetaTitle = "metaTitle";
    public const string MetaDescription = "metaDescription";
    public const string NoIndex = "noIndex";

    /// <summary>The medical review composition's reviewer picker (ClinicKit - Reviewer Picker): a UDI of a reviewer.</summary>
    public const string ReviewedBy = "reviewedBy";
    public const string LastReviewed = "lastReviewed";
    public const string NextReviewDue = "nextReviewDue";

    public const string CallToAction = "callToAction";

    public const string Text = "text";

    public const string Statement = "statement";
    public const string Citations = "citations";
    public const string ClaimType = "claimType";
    public const string EvidenceStrength = "evidenceStrength";
    public const string Qualifier = "qualifier";

    public const string Heading = "heading";
    public const string Body = "body";
    public const string ButtonLabel = "buttonLabel";
    public const string Link = "link";
    public const string Style = "style";

    public const string Treatment = "treatment";
    public const string WhoShouldNotHaveIt = "whoShouldNotHaveIt";
    public const string Risks = "risks";
    public const string Monitoring = "monitoring";

    public const string Title = "title";
    public const string Summary = "summary";
    public const string Topics = "topics";

    public const string Authors = "authors";
    public const string Publication = "publication";
    public const string Year = "year";
    public const string Url = "url";
    public const string Doi = "doi";
    public const string Pmid = "pmid";
    public const string SourceType = "sourceType";
    public const string LastVerified = "lastVerified";

    public const string ClinicName = "clinicName";
    public const string Tagline = "tagline";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Address = "address";
    public const string City = "city";
    public const string BookingUrl = "bookingUrl";
    public const string BrandColor = "brandColor";
    public const string CanonicalStrategy = "canonicalStrategy";

    // Image pickers (ClinicKit - Image Picker, ClinicKit Images only): the clinic site's logo and hero, and the article's image.
    public const string Logo = "logo";
    public const string HeroImage = "heroImage";
    public const string Image = "image";

    public const string Article = "article";
    public const string IntroOverride = "introOverride";

    // clinicKitPageComposition
    public const string ShowInNavigation = "showInNavigation";
    public const string NavigationLabel = "navigationLabel";

    // clinicKitHomePageComposition
    public const string HeroPromise = "heroPromise";
    public const string HeroText = "heroText";

    // clinicKitTreatmentPage (and clinicKitFaqItem)
    public const string WhatItIs = "whatItIs";
    public const string WhoItIsFor = "whoItIsFor";
    public const string Safety = "safety";
    public const string Costs = "costs";
    public const string Insurance = "insurance";
    public const string Faq = "faq";
    public const string Question = "question";
    public const string Answer = "answer";

    // clinicKitReviewer (the node name is the reviewer's name)
    public const string Credentials = "credentials";
    public const string Role = "role";
    public const string Bio = "bio";
    public const string Photo = "photo";
    public const string ProfileUrl = "profileUrl";
    public const string IsDemo = "isDemo";

    // clinicKitContactPage (and clinicKitOpeningHours)
    public const string OpeningHours = "openingHours";
    public const string MapUrl = "mapUrl";
    public const string Directions = "directions";
    public const string Days = "days";
    public const string Opens = "opens";
    public const string Closes = "closes";
}

/// <summary>The fixed choices of ClinicKit's dropdowns; the stored value is the label.</summary>
public static class Choices
{
    public static readonly IReadOnlyList<string> ClaimTypes = ["Efficacy", "Safety", "Onset", "Mechanism", "Statistic", "Regulatory"];

    public static readonly IReadOnlyList<string> EvidenceStrengths =
    [
        "Systematic review or meta-analysis",
        "Randomized controlled trial",
        "Large clinical study",
        "Small or early clinical study",
        "Animal or laboratory study",
        "Expert review or guidance",
        "Government survey or statistics",
        "Regulatory decision",
    ];

    public static readonly IReadOnlyList<string> SourceTypes =
    [
        "Randomized controlled trial",
        "Systematic review or meta-analysis",
        "Clinical study",
        "Review article",
        "Animal or laboratory study",
        "Regulatory or government source",
    ];

    public const string CanonicalSelf = "This clinic";
    public const string CanonicalPrimary = "Primary clinic";

    public static readonly IReadOnlyList<string> CanonicalStrategies = [CanonicalSelf, CanonicalPrimary];

    public static readonly IReadOnlyList<string> CtaStyles = ["Primary", "Subtle"];

    /// <summary>Opening hours' days, as schema.org's DayOfWeek names them.</summary>
    public static readonly IReadOnlyList<string> DaysOfWeek = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
}
