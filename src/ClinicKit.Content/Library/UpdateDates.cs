namespace ClinicKit.Content.Library;

/// <summary>When a clinic's own node last changed: Umbraco's updateDate from the Delivery API; a uSync file carries only its
/// CreateDate (uSync writes no update date), so that is the date a uSync source gives. The sitemap's lastmod is built from these.</summary>
public sealed partial record ClinicSite
{
    public DateTime? UpdateDate { get; init; }
}

/// <inheritdoc cref="ClinicSite"/>
public sealed partial record ClinicArticle
{
    public DateTime? UpdateDate { get; init; }
}

/// <inheritdoc cref="ClinicSite"/>
public abstract partial record PatientPage
{
    public DateTime? UpdateDate { get; init; }
}
