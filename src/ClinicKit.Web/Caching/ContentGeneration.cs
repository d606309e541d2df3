namespace ClinicKit.Web.Caching;

/// <summary>A counter that moves on every full reload and is part of every page's cache key.</summary>
/// <remarks>Eviction alone races with a request that read the old content and finishes after the eviction: it would store a
/// stale page. With the generation in the key, such a page is stored under a key no later request asks for.</remarks>
public sealed class ContentGeneration
{
    private long _value;

    public string Current => Interlocked.Read(ref _value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Advance() => Interlocked.Increment(ref _value);
}
