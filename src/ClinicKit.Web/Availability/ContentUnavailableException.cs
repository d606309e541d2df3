using ClinicKit.Content.Library;

namespace ClinicKit.Web.Availability;

/// <summary>The content a page needs could not be fetched and no copy of it is cached: the visitor gets a 503 page.</summary>
public sealed class ContentUnavailableException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Why Umbraco could not answer (timeout, server-error, unreachable, circuit-open, invalid-content…).</summary>
    public string Reason { get; } = reason;

    /// <summary>The clinic whose pages are unavailable, when its root was read (the 503 page carries its brand).</summary>
    public ClinicSite? Clinic { get; init; }
}
