namespace ClinicKit.Web.Caching;

/// <summary>A counter that moves on every full reload and is part of every page's cache key.</summary>
/// <remarks>Eviction alone races with a request that read the old content and finishes after the eviction: it would store a
/// stale page. With the generation in the key, such a page is stored under a key no later request asks for.
/// The value is kept as text because every request for a page builds its key from it.</remarks>
public sealed class ContentGeneration
{
    private readonly Lock _lock = new();
    private long _value;
    private volatile string _current = "0";

    public string Current => _current;

    public void Advance()
    {
        lock (_lock)
        {
            _current = (++_value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
