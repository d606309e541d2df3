namespace ClinicKit.Web.Sources;

/// <summary>Where the head reads content: <c>ClinicKit:Source</c>.</summary>
public enum ContentSourceKind
{
    /// <summary>The uSync folder (the default: no Umbraco needed).</summary>
    Usync,

    /// <summary>A live Umbraco 17 through its Content Delivery API v2 (<c>ClinicKit:DeliveryApi</c>).</summary>
    DeliveryApi,
}

/// <summary>Configuration under <c>ClinicKit</c> that picks the content source.</summary>
public sealed class ContentSourceSelection
{
    public const string Key = "ClinicKit:Source";

    public ContentSourceKind Source { get; set; } = ContentSourceKind.Usync;
}
