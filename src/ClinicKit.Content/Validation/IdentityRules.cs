using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>Keys and aliases must be unique: uSync matches items by them, so a duplicate makes one item overwrite another on import.</summary>
public sealed class IdentityRules : IValidationRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var items = context.Folder.Items.Where(i => i is not EmptyItem).ToList();
        foreach (var group in items.GroupBy(i => (Kind: KeySpace(i.Kind), i.Key)).Where(g => g.Count() > 1))
        {
            // Every file is named: which copy is the stray one is for the editor to decide.
            foreach (var item in group)
            {
                var others = string.Join(", ", group.Where(o => o != item).Select(o => o.Source?.File));
                yield return context.At(DiagnosticCodes.DuplicateKey, item, $"the key {item.Key} is also used by {others}");
            }
        }

        // Content node names may repeat (Umbraco renames siblings), so aliases are unique only for the other kinds.
        foreach (var group in items.Where(i => i is not ContentNode)
                     .GroupBy(i => (Kind: KeySpace(i.Kind), Alias: i.Alias.ToLowerInvariant()))
                     .Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                yield return context.At(DiagnosticCodes.DuplicateAlias, other, $"the alias '{other.Alias}' is also used by {first.Source}");
            }
        }
    }

    /// <summary>Document, media and member types share Umbraco's content type table, so their keys and aliases clash across kinds.</summary>
    private static UsyncItemKind KeySpace(UsyncItemKind kind) =>
        kind is UsyncItemKind.MediaType or UsyncItemKind.MemberType ? UsyncItemKind.ContentType : kind;
}
