using ClinicKit.Content.Blocks;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>The medical review's reviewer pick names a published reviewer in the people library: pages take the reviewer's
/// name and credentials from there, so a pick that does not resolve would show content as reviewed by nobody.</summary>
public sealed class ReviewerRules : IValidationRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var node in context.Folder.Content.Where(n => !n.Trashed && n.Property(Props.ReviewedBy) is not null))
        {
            var property = node.Property(Props.ReviewedBy)!;
            var picked = Udis.ParsePicked(property.Invariant).FirstOrDefault();
            // Not a pattern variable in the condition: Stryker's mutants of that condition would leave it unassigned, and it
            // then drops every mutant of this method as a compile error.
            var problem = picked is null ? null : Problem(context, picked);
            if (problem is null)
            {
                continue;
            }

            // A draft is not on any site yet, as with the claim rules: a warning now, and the publish guard's business later.
            yield return node.Published
                ? context.At(DiagnosticCodes.ReviewerMissing, node, $"'{Props.ReviewedBy}' picks {problem}", property.Line)
                : context.At(DiagnosticCodes.ReviewerMissing, node, $"'{Props.ReviewedBy}' picks {problem} (draft: fix before publishing)", property.Line, Severity.Warning);
        }
    }

    private static string? Problem(ValidationContext context, PickedDocument picked)
    {
        var target = picked.Key is { } key ? context.Folder.ContentByKey(key) : null;
        return target switch
        {
            null => $"{picked.Raw}, which does not exist",
            _ when target.ContentType != DocumentTypes.Reviewer.Alias => $"{context.Describe(target)}, which is not a reviewer",
            _ when target.Trashed => $"the reviewer '{target.Name}', who is in the recycle bin",
            _ when !target.Published => $"the reviewer '{target.Name}', who is not published",
            _ => null,
        };
    }
}
