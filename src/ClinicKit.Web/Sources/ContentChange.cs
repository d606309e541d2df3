namespace ClinicKit.Web.Sources;

/// <summary>What changed: everything (a uSync folder reload), or the content items with these keys (a Delivery API webhook).</summary>
/// <remarks>Keys are those of clinics, clinic articles, library articles and citations; pages are tagged with the keys they show.</remarks>
public sealed record ContentChange(bool Everything, IReadOnlyCollection<Guid> Keys)
{
    public static ContentChange All { get; } = new(true, []);

    public static ContentChange Of(params Guid[] keys) => new(false, keys);
}
