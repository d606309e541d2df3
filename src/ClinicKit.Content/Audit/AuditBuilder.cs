using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;

namespace ClinicKit.Content.Audit;

/// <summary>Builds the audit from a library, with the same claim rules as validation and the publish guard.</summary>
public static class AuditBuilder
{
    public static AuditReport Build(ContentLibrary library, DateOnly today, ClaimOptions? options = null)
    {
        var articles = library.Articles.OrderBy(a => a.Title, StringComparer.CurrentCulture)
            .Select(a => AuditArticle(library, a, today, options))
            .ToList();
        var byKey = articles.ToDictionary(a => a.Key);
        var clinics = library.Clinics.Select(c => new ClinicAudit(
            c.ClinicName.Length > 0 ? c.ClinicName : c.Name,
            c.Hosts,
            c.Articles.Select(ca =>
            {
                var audit = ca.ArticleKey is { } key ? byKey.GetValueOrDefault(key) : null;
                return new ClinicArticleAudit(
                    ca.Slug,
                    audit?.Title ?? "(missing library article)",
                    audit is null,
                    audit?.Claims.Count ?? 0,
                    audit?.Claims.Count(x => !x.Substantiated) ?? 0,
                    audit?.ReviewOverdue ?? false);
            }).ToList())).ToList();
        var cited = library.Articles.SelectMany(a => a.Claims).SelectMany(c => c.Citations).Select(p => p.Key).OfType<Guid>().ToHashSet();
        var unused = library.Citations.Where(c => !cited.Contains(c.Key)).OrderBy(CitationLabels.Short).ToList();
        return new AuditReport(today, articles, clinics, unused);
    }

    private static ArticleAudit AuditArticle(ContentLibrary library, Article article, DateOnly today, ClaimOptions? options)
    {
        var claims = article.Claims.ToList();
        var statements = article.UncitedStatements();
        var findings = ClaimChecker.Check(claims, library.CitationInfo, article.Review, today, options, treatment: article.Treatment, statements: statements);
        return new ArticleAudit(
            article.Key,
            article.Title.Length > 0 ? article.Title : article.Name,
            article.IsPublished,
            article.Review,
            findings.Any(f => f.Code == "CK0310"),
            claims.Select(c => new ClaimAudit(
                c,
                c.Citations.Select(p => new CitedSource(p.Key?.ToString() ?? p.Raw, p.Key is { } k ? library.Citation(k) : null)).ToList(),
                findings.Where(f => f.Claim == c.Number).ToList())).ToList(),
            findings.Where(f => f.Claim is null && f.Code != ClaimDetection.Current.Finding.Code)
                .Concat(article.Reviewer is { IsDemo: true } demo ? [ReadinessCodes.DemoReviewerFinding(demo)] : [])
                .ToList(),
            statements,
            library.ClinicsShowing(article.Key).Select(c => c.ClinicName).ToList(),
            article.Treatment.Trim());
    }
}
