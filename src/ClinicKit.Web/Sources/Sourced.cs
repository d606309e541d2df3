namespace ClinicKit.Web.Sources;

/// <summary>Why a source answered with a stand-in (a last good copy) rather than the current content: timeout,
/// server-error, malformed-content, invalid-content, circuit-open…; it becomes the response's <c>X-ClinicKit-Stale</c>.</summary>
public sealed record Staleness(string Reason)
{
    /// <summary>The first stand-in among what a page read, or null when everything was current.</summary>
    public static Staleness? Of(params IEnumerable<Staleness?> reads) => reads.FirstOrDefault(s => s is not null);
}

/// <summary>What a content source answered, and whether it is a stand-in.</summary>
public readonly record struct Sourced<T>(T Value, Staleness? Stale);

public static class Sourced
{
    public static Sourced<T> Current<T>(T value) => new(value, null);
}
