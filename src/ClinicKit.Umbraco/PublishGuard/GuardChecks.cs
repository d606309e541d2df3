using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Schema;
using Umbraco.Cms.Core.Models;

namespace ClinicKit.Umbraco.PublishGuard;

/// <summary>
/// One finding of the guard. <see cref="CrossItem"/>: it depends on another document (a cited citation, the picked library
/// article), so it can be wrong while an import has not yet written that document; see <see cref="ImportWindow"/>.
/// </summary>
internal sealed record GuardFinding(string? Code, Severity Severity, string Message, bool CrossItem);

/// <summary>
/// The guard's rules on one document: ClinicKit.Content's <see cref="ClaimChecker"/> (the code behind <c>clinickit validate</c>)
/// over the values this class finds in Umbraco. A clinic article shows its library article's body on the clinic's site, so
/// checking one checks that article's published claims, and fails when the library article is missing or not published.
/// </summary>
internal static class GuardChecks
{
    /// <summary>The claim rules whose answer depends on a citation document rather than on the article itself.</summary>
    private static readonly HashSet<string> CitationCodes =
        [DiagnosticCodes.ClaimCitationMissing.Code, DiagnosticCodes.ClaimCitationUnpublished.Code];

    public static bool IsGuarded(IContent content) =>
        content.ContentType.Alias == DocumentTypes.Article.Alias || content.ContentType.Alias == DocumentTypes.ClinicArticle.Alias;

    public static bool IsClinicArticle(IContent content) => content.ContentType.Alias == DocumentTypes.ClinicArticle.Alias;

    /// <param name="published">False: the values being published (the draft). True: the live values (a re-check after an import).</param>
    public static IEnumerable<GuardFinding> Check(IContent content, bool published, DocumentLookup lookup, DateOnly today, ClaimOptions options) =>
        IsClinicArticle(content)
            ? CheckClinicArticle(content, published, lookup, today, options)
            : CheckArticle(content, published, "", crossItem: false, lookup, today, options);

    /// <summary>The claims in an article's body. <paramref name="crossItem"/>: the article is another document than the one checked.</summary>
    private static IEnumerable<GuardFinding> CheckArticle(
        IContent article, bool published, string prefix, bool crossItem, DocumentLookup lookup, DateOnly today, ClaimOptions options)
    {
        foreach (var culture in ContentValues.Cultures(article, Props.Body, published))
        {
            var where = prefix + (culture is null ? "" : $"[{culture}] ");
            // A value that makes the reader throw rather than report is caught by the caller: the guard refuses the publish
            // saying what could not be checked, the re-check after an import logs it.
            if (!BlockValueJson.TryParse(ContentValues.Text(article, Props.Body, culture, published), out var body, out var error))
            {
                yield return new GuardFinding(DiagnosticCodes.InvalidJson.Code, Severity.Error,
                    $"{where}The \"{Props.Body}\" property of \"{article.Name}\" is not a block list ClinicKit can read ({error}), so its claims cannot be checked. Open the article, fix or re-create its body, and publish again.",
                    crossItem);
                continue;
            }

            var findings = ClaimChecker.Check(
                ClaimReader.Read(body),
                lookup.Citation,
                ContentValues.Review(article, culture, published),
                today,
                options,
                treatment: ContentValues.Text(article, Props.Treatment, culture, published),
                statements: PlainTextStatements.Find(body));
            foreach (var finding in findings)
            {
                yield return new GuardFinding(finding.Code, finding.Severity, where + finding.Message, crossItem || CitationCodes.Contains(finding.Code));
            }
        }
    }

    private static IEnumerable<GuardFinding> CheckClinicArticle(IContent clinicArticle, bool published, DocumentLookup lookup, DateOnly today, ClaimOptions options)
    {
        var picked = Udis.ParsePicked(ContentValues.Text(clinicArticle, Props.Article, null, published)).FirstOrDefault();
        if (picked is null)
        {
            yield return new GuardFinding(DiagnosticCodes.LibraryArticleMissing.Code, Severity.Error,
                "No library article is picked. Pick the article from the library that this page shows.", CrossItem: false);
            yield break;
        }

        // Everything below reads the library article, another document.
        var article = picked.Key is { } key ? lookup.Find(key) : null;
        if (article is null || article.ContentType.Alias != DocumentTypes.Article.Alias)
        {
            yield return new GuardFinding(DiagnosticCodes.LibraryArticleMissing.Code, Severity.Error,
                $"The library article {picked.Raw} does not exist. Pick an existing library article.", CrossItem: true);
            yield break;
        }

        var beingPublished = lookup.IsBeingPublished(article.Key);
        if (article.Trashed || (!article.Published && !beingPublished))
        {
            yield return new GuardFinding(DiagnosticCodes.LibraryArticleUnpublished.Code, Severity.Error,
                $"The library article \"{article.Name}\" is {(article.Trashed ? "in the recycle bin" : "not published")}. Publish it first, or pick another.",
                CrossItem: true);
            yield break;
        }

        foreach (var finding in CheckArticle(article, published: !beingPublished, $"Library article \"{article.Name}\": ", crossItem: true, lookup, today, options))
        {
            yield return finding;
        }
    }
}
