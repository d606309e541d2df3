using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Gate;

/// <summary>Ties <c>clinickit validate</c>'s errors on a uSync folder to the content they touch, for <see cref="ContentGate"/>.</summary>
/// <remarks>An error names a file. A content node's file touches the node and every node above it (so an error under a
/// clinic touches the clinic); a domain's file touches its host name and its root. A file that could not be read is tied
/// to what the same file held in the last good folder; with none, and for content types, data types, languages,
/// dictionary items and the folder itself, the error touches everything.</remarks>
public static class UsyncProblems
{
    public static IReadOnlyList<ContentProblem> Attribute(UsyncFolder folder, IEnumerable<Diagnostic> errors, UsyncFolder? lastGood)
    {
        var now = folder.Items.Where(i => i.Source is not null).ToLookup(i => i.Source!.File, StringComparer.Ordinal);
        var before = (lastGood?.Items ?? []).Where(i => i.Source is not null).ToLookup(i => i.Source!.File, StringComparer.Ordinal);
        var problems = new List<ContentProblem>();
        foreach (var error in errors.Where(d => d.Severity == Severity.Error))
        {
            var items = now[error.File].Select(i => (Item: i, Folder: folder))
                .Concat(before[error.File].Select(i => (Item: i, Folder: lastGood!)))
                .ToList();
            if (items.Count == 0)
            {
                problems.Add(ContentProblem.OnEverything(error));
                continue;
            }

            var keys = new HashSet<Guid>();
            var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var everything = false;
            foreach (var (item, from) in items)
            {
                switch (item)
                {
                    case ContentNode { Kind: UsyncItemKind.Content } node:
                        var above = Ancestors(node, from, out var placed);
                        keys.Add(node.Key);
                        keys.UnionWith(above);

                        // A node in a parent loop has no place in the tree; unless the loop holds a clinic, only its last
                        // good place says which clinic it belongs to.
                        everything |= !placed && !before[error.File].Any()
                            && !above.Append(node.Key).Any(k => folder.ContentByKey(k)?.ContentType == DocumentTypes.ClinicSite.Alias);
                        break;
                    case ContentNode or EmptyItem:
                        keys.Add(item.Key);
                        break;
                    case Domain domain:
                        hosts.Add(ContentLibrary.HostOf(domain.Alias));
                        if (domain.RootKey is { } root)
                        {
                            keys.Add(root);
                        }

                        break;
                    default:
                        everything = true;
                        break;
                }
            }

            problems.Add(new ContentProblem(error, keys, hosts, everything));
        }

        return problems;
    }

    /// <summary>Clinics to brand a 503 page with when a domain's root is a node of a content type the folder lacks (so the
    /// library reader does not see it as a clinic): its name, contact details and colour are still readable.</summary>
    public static IEnumerable<ClinicSite> StandIns(UsyncFolder folder)
    {
        var types = folder.ContentTypes.Select(t => t.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return folder.Domains
            .Select(d => d.RootKey is { } root ? folder.ContentByKey(root) : null)
            .OfType<ContentNode>()
            .Where(n => n.ContentType != DocumentTypes.ClinicSite.Alias && !types.Contains(n.ContentType ?? ""))
            .DistinctBy(n => n.Key)
            .Select(n => UsyncLibraryReader.ReadClinic(n, folder));
    }

    /// <summary>The keys above a node, nearest first; <paramref name="placed"/> is false when a parent loop ends the walk.</summary>
    private static List<Guid> Ancestors(ContentNode node, UsyncFolder folder, out bool placed)
    {
        var seen = new HashSet<Guid> { node.Key };
        var above = new List<Guid>();
        var at = node;
        while (!at.IsRoot && folder.ContentByKey(at.ParentKey) is { } parent)
        {
            if (!seen.Add(parent.Key))
            {
                placed = false;
                return above;
            }

            above.Add(parent.Key);
            at = parent;
        }

        placed = true;
        return above;
    }
}
