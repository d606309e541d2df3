using System.Text.RegularExpressions;
using ClinicKit.Content.Blocks;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>The rules that make it medical content: claims cite real, published sources; citations can be checked; clinics reuse articles that exist.</summary>
public sealed partial class ClinicKitContentRules : IValidationRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var nodes = context.Folder.Content.Where(n => !n.Trashed).ToList();
        // A duplicated key is IdentityRules' error; here the first file (in path order) stands for the key.
        var citations = context.Folder.Content.Where(n => n.ContentType == DocumentTypes.Citation.Alias)
            .GroupBy(n => n.Key)
            .ToDictionary(g => g.Key, g => UsyncLibraryReader.ReadCitation(g.First()));
        CitationInfo? Lookup(Guid key) => citations.TryGetValue(key, out var c) ? new CitationInfo(c.Title, c.State) : null;
        var reviewers = UsyncLibraryReader.Reviewers(context.Folder);

        foreach (var node in nodes)
        {
            var findings = node.ContentType switch
            {
                var t when t == DocumentTypes.Article.Alias => CheckArticle(context, node, Lookup, reviewers),
                var t when t == DocumentTypes.ClinicArticle.Alias => CheckClinicArticle(context, node),
                var t when t == DocumentTypes.Citation.Alias => CheckCitation(context, node, UsyncLibraryReader.ReadCitation(node)),
                var t when t == DocumentTypes.ClinicSite.Alias => CheckClinic(context, node),
                _ => [],
            };
            foreach (var finding in findings.Concat(CheckTokens(context, node)))
            {
                yield return finding;
            }
        }

        if (context.DocumentTypes.ContainsKey(DocumentTypes.ClinicSite.Alias))
        {
            foreach (var domain in context.Folder.Domains)
            {
                if (domain.RootKey is { } root && context.Folder.ContentByKey(root) is { } target && target.ContentType != DocumentTypes.ClinicSite.Alias)
                {
                    yield return context.At(DiagnosticCodes.DomainNotClinic, domain, $"the domain '{domain.Alias}' points at {context.Describe(target)}, not a clinic site");
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckArticle(ValidationContext context, ContentNode article, Func<Guid, CitationInfo?> lookup, Func<Guid?, Reviewer?> reviewers)
    {
        var body = article.Property(Props.Body);
        if (!BlockValueJson.TryParse(body?.Invariant, out var value, out _))
        {
            return [];
        }

        // A draft is not on any site yet: its problems are warnings here, and the publish guard stops it going live with them.
        return ClaimChecker.Check(ClaimReader.Read(value), lookup, UsyncLibraryReader.ReadReview(article, reviewers(ReviewerPicks.PickedKey(StoredFields.Of(article).Picks(Props.ReviewedBy)))), context.Today, context.ClaimOptions,
                treatment: article.Value(Props.Treatment), statements: PlainTextStatements.Find(value))
            .Select(f => article.Published || f.Severity != Severity.Error
                ? new Diagnostic(f.Code, f.Severity, article.Source!.File, body?.Line, context.Describe(article), f.Message)
                : new Diagnostic(f.Code, Severity.Warning, article.Source!.File, body?.Line, context.Describe(article), f.Message + " (draft: fix before publishing)"));
    }

    private static IEnumerable<Diagnostic> CheckClinicArticle(ValidationContext context, ContentNode clinicArticle)
    {
        var picked = Udis.ParsePicked(clinicArticle.Value(Props.Article)).FirstOrDefault();
        var line = clinicArticle.Property(Props.Article)?.Line;
        if (picked is null)
        {
            yield break;
        }

        var article = picked.Key is { } key ? context.Folder.ContentByKey(key) : null;
        if (article is null || article.ContentType != DocumentTypes.Article.Alias)
        {
            yield return context.At(DiagnosticCodes.LibraryArticleMissing, clinicArticle, $"the library article {picked.Raw} does not exist", line);
        }
        else if (!article.Published || article.Trashed)
        {
            yield return context.At(DiagnosticCodes.LibraryArticleUnpublished, clinicArticle,
                $"the library article '{article.Name}' is {(article.Trashed ? "in the recycle bin" : "not published")}", line);
        }
    }

    private static IEnumerable<Diagnostic> CheckCitation(ValidationContext context, ContentNode node, Citation citation)
    {
        if (citation.Doi.Length > 0 && !Doi().IsMatch(citation.Doi))
        {
            yield return context.At(DiagnosticCodes.DoiMalformed, node, $"'{citation.Doi}' is not a DOI", node.Property(Props.Doi)?.Line);
        }

        if (citation.Pmid.Length > 0 && !Pmid().IsMatch(citation.Pmid))
        {
            yield return context.At(DiagnosticCodes.PmidMalformed, node, $"'{citation.Pmid}' is not a PubMed ID", node.Property(Props.Pmid)?.Line);
        }

        var findable = citation.Doi.Length > 0 || citation.Pmid.Length > 0 || citation.Url.Length > 0 || citation.Year is not null;
        if (citation.Title.Length == 0 || citation.Publication.Length == 0 || !findable)
        {
            yield return context.At(DiagnosticCodes.CitationIncomplete, node,
                "a citation needs a title, a journal or publisher, and a DOI, PubMed ID, link or year to find it by");
        }
    }

    private static IEnumerable<Diagnostic> CheckClinic(ValidationContext context, ContentNode clinic)
    {
        if (!context.Folder.Domains.Any(d => d.RootKey == clinic.Key))
        {
            yield return context.At(DiagnosticCodes.ClinicWithoutDomain, clinic, $"no domain in Domains/ points at '{clinic.Name}'");
        }
    }

    /// <summary>Every call to action on the node, in its own property or inside the article body.</summary>
    private static IEnumerable<Diagnostic> CheckTokens(ValidationContext context, ContentNode node)
    {
        foreach (var property in node.Properties.Where(p => p.Alias is Props.CallToAction or Props.Body))
        {
            if (!BlockValueJson.TryParse(property.Invariant, out var value, out _))
            {
                continue;
            }

            foreach (var block in value.ContentData.Where(b => b.ContentTypeKey == DocumentTypes.CtaBlock.Key))
            {
                foreach (var token in new[] { Props.Heading, Props.Body, Props.ButtonLabel }.SelectMany(a => ClinicTokens.Unknown(block.Text(a))).Distinct())
                {
                    yield return context.At(DiagnosticCodes.UnknownToken, node,
                        $"'{property.Alias}': a call to action uses {token}; known tokens are {string.Join(", ", ClinicTokens.Known.Select(t => "{{" + t + "}}"))}", property.Line);
                }
            }
        }
    }

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$", RegexOptions.NonBacktracking)]
    private static partial Regex Doi();

    [GeneratedRegex(@"^\d{1,8}$", RegexOptions.NonBacktracking)]
    private static partial Regex Pmid();
}
