namespace ClinicKit.Web.Sources;

/// <summary>Whether the content source has already failed while serving one request: once it has, asking it again would
/// make the visitor wait a whole timeout for each further item the page needs (its citations, its related articles), so the
/// rest of the page comes from the copies at hand. One per request (a scoped service), so the next request asks the source
/// again and the first request after it recovers is current.</summary>
public sealed class SourceOutage
{
    private Staleness? _failure;

    /// <summary>Why the source first failed during this request, or null while it has not.</summary>
    public Staleness? Failure => Volatile.Read(ref _failure);

    public void Failed(Staleness why) => Interlocked.CompareExchange(ref _failure, why, null);
}
