namespace ClinicKit.Web.Sources;

/// <summary>What changed: everything (a uSync folder reload), or the content items with these keys (a Delivery API webhook).</summary>
/// <remarks>Keys are those of clinics, clinic articles, library articles and citations; pages are tagged with the keys they show.</remarks>
public sealed record ContentChange(bool Everything, IReadOnlyCollection<Guid> Keys)
{
    /// <summary>Heard from another head (Redis pub/sub), which already told the CDN: this head only drops its own pages.</summary>
    public bool Relayed { get; init; }

    public static ContentChange All { get; } = new(true, []);

    public static ContentChange Of(params Guid[] keys) => new(false, keys);
}
