using Microsoft.AspNetCore.OutputCaching;

namespace ClinicKit.Web.Caching;

/// <summary>Rendered pages are kept in ASP.NET Core's output cache, keyed by host and path, and tagged with every content
/// key they show, so a change to one citation can drop exactly the pages that cite it.</summary>
public static class PageCache
{
    /// <summary>Every page: dropped when the whole content is reloaded.</summary>
    public const string AllTag = "clinickit";

    public static string TagFor(Guid contentKey) => $"clinickit:{contentKey:N}";

    /// <summary>Records that the page being rendered shows these content items.</summary>
    public static void DependsOn(HttpContext context, IEnumerable<Guid> keys)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context.Tags is { } tags)
        {
            foreach (var key in keys)
            {
                tags.Add(TagFor(key));
            }
        }
    }

    public static void DependsOn(HttpContext context, params Guid[] keys) => DependsOn(context, (IEnumerable<Guid>)keys);
}
