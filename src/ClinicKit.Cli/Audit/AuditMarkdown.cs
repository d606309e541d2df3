using System.Text;
using ClinicKit.Content.Audit;

namespace ClinicKit.Cli.Audit;

/// <summary>The audit as Markdown, for a pull request or a review meeting.</summary>
internal static class AuditMarkdown
{
    public static string Write(AuditReport report)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Claims audit ({report.Today:yyyy-MM-dd})").AppendLine();
        md.AppendLine($"{report.Articles.Count} articles, {report.ClaimCount} claims, **{report.UnsupportedClaimCount} unsupported**, **{report.PlainTextStatementCount} plain-text statements**, {report.OverdueReviewCount} reviews overdue, {report.UnusedCitations.Count} unused citations, **{report.NotReadyToPublishCount} not ready to publish**.").AppendLine();
        foreach (var article in report.Articles)
        {
            md.AppendLine($"## {Escape(article.Title)}{(article.IsPublished ? "" : " (unpublished)")}").AppendLine();
            md.AppendLine($"Reviewed by {Escape(article.Review.ReviewedBy ?? "nobody")} on {article.Review.LastReviewed?.ToString("yyyy-MM-dd") ?? "-"}; next review {AuditText.Due(article)}. Shown by {Escape(article.ShownBy.Count == 0 ? "no clinic" : string.Join(", ", article.ShownBy))}.").AppendLine();
            md.AppendLine(Escape(article.SafetySummary)).AppendLine();
            md.AppendLine("| # | Claim | Type | Evidence | Sources | Status |").AppendLine("|---|---|---|---|---|---|");
            foreach (var claim in article.Claims)
            {
                md.AppendLine($"| {claim.Claim.Number} | {Escape(claim.Claim.Statement)} | {Escape(claim.Claim.ClaimType)} | {Escape(claim.Claim.EvidenceStrength)} | {Escape(string.Join("; ", claim.Sources.Select(s => s.Label)))} | {(claim.Substantiated ? "substantiated" : "**unsupported**")} |");
            }

            md.AppendLine();
            foreach (var finding in article.Claims.SelectMany(c => c.Findings).Concat(article.ArticleFindings))
            {
                md.AppendLine($"- {finding.Severity.ToString().ToLowerInvariant()} {finding.Code}: {Escape(finding.Message)}");
            }

            foreach (var statement in article.PlainTextStatements)
            {
                md.AppendLine($"- warning {AuditText.Statement.Code}: plain text, block {statement.Block} ({Escape(statement.Kind.Label)}): \"{Escape(statement.Sentence)}\"");
            }

            md.AppendLine();
        }

        md.AppendLine("## Clinics").AppendLine().AppendLine("| Clinic | Article | Claims | Unsupported | Review |").AppendLine("|---|---|---|---|---|");
        foreach (var clinic in report.Clinics)
        {
            foreach (var article in clinic.Articles)
            {
                md.AppendLine($"| {Escape(clinic.Name)} | {Escape(article.ArticleTitle)} | {article.Claims} | {article.UnsupportedClaims} | {(article.ReviewOverdue ? "overdue" : "current")} |");
            }
        }

        md.AppendLine().AppendLine("## Citations no claim uses").AppendLine();
        md.AppendLine(report.UnusedCitations.Count == 0 ? "None." : string.Join("\n", report.UnusedCitations.Select(c => $"- {Escape(CitationLabels.Short(c))}: {Escape(c.Title)}")));
        return md.ToString();
    }

    /// <summary>Content is text, not Markdown: characters that would change a table or inject markup are escaped.</summary>
    private static string Escape(string text) =>
        new StringBuilder(text).Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace("*", "\\*").Replace("_", "\\_").Replace("[", "\\[").Replace("]", "\\]").Replace("`", "\\`")
            .Replace("\r", " ").Replace("\n", " ").ToString();
}
