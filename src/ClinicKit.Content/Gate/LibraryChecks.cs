using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Library;

namespace ClinicKit.Content.Gate;

/// <summary>The rules <c>clinickit validate</c> applies that can be checked on the model alone, for a content source that has
/// no uSync files to validate (the Delivery API): claims (the same <see cref="ClaimChecker"/>) and the library articles
/// clinic articles pick. Each error is tied to the item it is on, ready for <see cref="ContentGate"/>.</summary>
public static class LibraryChecks
{
    public static IReadOnlyList<ContentProblem> Check(ContentLibrary library, DateOnly today, ClaimOptions? options = null)
    {
        var problems = new List<ContentProblem>();
        foreach (var article in library.Articles.Where(a => a.IsPublished))
        {
            foreach (var finding in ClaimChecker.Check(article.Claims.ToList(), library.CitationInfo, article.Review, today, options)
                         .Where(f => f.Severity == Severity.Error))
            {
                problems.Add(new ContentProblem(new Diagnostic(finding.Code, finding.Severity, ".", null, $"article '{article.Name}'", finding.Message), [article.Key], []));
            }
        }

        foreach (var clinic in library.Clinics)
        {
            foreach (var page in clinic.Articles.Where(p => p.ArticleKey is not null))
            {
                var article = library.Article(page.ArticleKey!.Value);
                var (code, message) = article switch
                {
                    null => (DiagnosticCodes.LibraryArticleMissing, $"the library article {page.ArticleKey} does not exist"),
                    { IsPublished: false } => (DiagnosticCodes.LibraryArticleUnpublished, $"the library article '{article.Name}' is not published"),
                    _ => (null, ""),
                };
                if (code is not null)
                {
                    problems.Add(new ContentProblem(Diagnostic.For(code, null, $"clinic article '{page.Name}'", message), [page.Key], []));
                }
            }
        }

        return problems;
    }
}
