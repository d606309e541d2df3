using ClinicKit.Web.Navigation;
using ClinicKit.Web.Rendering;
using Microsoft.AspNetCore.Html;

namespace ClinicKit.Web.LegalPages;

/// <summary>A privacy notice, accessibility statement or other plain page.</summary>
public sealed class LegalPage : ClinicPage
{
    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<Crumb> Breadcrumbs { get; init; }

    /// <summary>Sanitized rich text.</summary>
    public required IHtmlContent Body { get; init; }
}
