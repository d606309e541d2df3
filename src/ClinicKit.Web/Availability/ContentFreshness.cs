namespace ClinicKit.Web.Availability;

/// <summary>Whether the request being served had to use content Umbraco could not confirm (a stale copy).</summary>
/// <remarks>Set per request by <see cref="ContentAvailabilityMiddleware"/> and flows into every await below it, so the content
/// source can say "this answer is a stand-in" without knowing about HTTP.</remarks>
public sealed class ContentFreshness
{
    public const string StaleHeader = "X-ClinicKit-Stale";

    private static readonly AsyncLocal<ContentFreshness?> CurrentRequest = new();
    private string? _reason;

    /// <summary>The request being served, or null outside one (the exporter, background work).</summary>
    public static ContentFreshness? Current
    {
        get => CurrentRequest.Value;
        internal set => CurrentRequest.Value = value;
    }

    /// <summary>Why a stale copy was served (timeout, server-error, malformed-response, unreachable, circuit-open…), or null.</summary>
    public string? StaleReason => Volatile.Read(ref _reason);

    public bool IsStale => StaleReason is not null;

    /// <summary>Records that a stale copy was served, and why (the first reason wins).</summary>
    public void MarkStale(string reason) => Interlocked.CompareExchange(ref _reason, reason, null);
}
