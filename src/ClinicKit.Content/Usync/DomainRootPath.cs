using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Usync;

/// <summary>
/// The text uSync writes in a domain's <c>Root</c>: "/" and the node's name for the root node and each ancestor, from the top
/// (uSync.Core/Serialization/Serializers/DomainSerializer.cs, <c>GetItemPath</c> over <c>IEntitySlim.Name</c>). These are the
/// names people see, not the safe aliases of a content file's <c>Path</c>.
/// </summary>
public static class DomainRootPath
{
    /// <summary>The path of <paramref name="node"/>; an ancestor that <paramref name="nodeByKey"/> cannot find ends the path, as in uSync.</summary>
    public static string Of(ContentNode node, Func<Guid, ContentNode?> nodeByKey)
    {
        var names = new Stack<string>();
        var seen = new HashSet<Guid>();
        for (var at = node; at is not null && seen.Add(at.Key); at = at.IsRoot ? null : nodeByKey(at.ParentKey))
        {
            names.Push(at.Name ?? at.Alias);
        }

        return string.Concat(names.Select(name => "/" + name));
    }
}
