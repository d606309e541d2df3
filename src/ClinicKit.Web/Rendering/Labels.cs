namespace ClinicKit.Web.Rendering;

/// <summary>Dictionary labels, with the same rule as <c>ContentLibrary.Label</c>: an empty translation falls back.</summary>
public sealed class Labels(IReadOnlyDictionary<string, string> dictionary)
{
    public string this[string key, string fallback] =>
        dictionary.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text : fallback;

    public string References => this["ClinicKit.References", "References"];
    public string KeepInMind => this["ClinicKit.KeepInMind", "Keep in mind"];
    public string Evidence => this["ClinicKit.Evidence", "Evidence"];
    public string MedicallyReviewedBy => this["ClinicKit.MedicallyReviewedBy", "Medically reviewed by"];
    public string LastReviewed => this["ClinicKit.LastReviewed", "Last reviewed"];
    public string NextReviewDue => this["ClinicKit.NextReviewDue", "Next review due"];
    /// <summary>Beside every demo reviewer, wherever they appear.</summary>
    public string DemoData => this["ClinicKit.DemoData", "Demo data: not a real person"];
    public string ReviewerProfile => this["ClinicKit.ReviewerProfile", "Check their public record"];
    public string ReviewOverdue => this["ClinicKit.ReviewOverdue", "This article is past its scheduled medical review. Some details may be out of date; please check with the clinic."];
    public string MedicalDisclaimerTitle => this["ClinicKit.MedicalDisclaimerTitle", "Medical disclaimer"];
    public string MedicalDisclaimer => this["ClinicKit.MedicalDisclaimer", "This page is general information, not medical advice."];
    public string SkipToContent => this["ClinicKit.SkipToContent", "Skip to content"];
    public string Articles => this["ClinicKit.Articles", "Articles"];
    public string CallUs => this["ClinicKit.CallUs", "Call us"];
    public string Contact => this["ClinicKit.Contact", "Contact"];
    public string Phone => this["ClinicKit.Phone", "Phone"];
    public string Email => this["ClinicKit.Email", "Email"];
    public string Address => this["ClinicKit.Address", "Address"];
    public string BookConsultation => this["ClinicKit.BookConsultation", "Book a consultation"];
    public string BookingPage => this["ClinicKit.BookingPage", "our online booking page"];
    public string PageNotFound => this["ClinicKit.PageNotFound", "Page not found"];
    public string PageNotFoundText => this["ClinicKit.PageNotFoundText", "Sorry, we couldn't find that page."];
    public string BackToClaim => this["ClinicKit.BackToClaim", "Back to claim"];
    public string Reference => this["ClinicKit.Reference", "Reference"];
}
