using ClinicKit.Cli.Common;
using ClinicKit.Content.Audit;
using Spectre.Console;

namespace ClinicKit.Cli.Audit;

internal static class AuditText
{
    public static void Write(CliConsole console, AuditReport report)
    {
        var ansi = console.Ansi;
        foreach (var article in report.Articles)
        {
            var status = article.IsPublished ? "" : " [grey](unpublished)[/]";
            ansi.Write(new Rule($"[bold]{Markup.Escape(article.Title)}[/]{status}").LeftJustified());
            var shown = article.ShownBy.Count == 0 ? "no clinic" : string.Join(", ", article.ShownBy);
            console.Line($"Reviewed by {Markup.Escape(article.Review.ReviewedBy ?? "nobody")} on {article.Review.LastReviewed?.ToString("yyyy-MM-dd") ?? "-"}; next review {Due(article)}. Shown by {Markup.Escape(shown)}.");
            console.Line(Markup.Escape(article.SafetySummary));
            var table = new Table().Border(TableBorder.Simple).AddColumns("#", "Claim", "Type", "Evidence", "Sources", "Status");
            foreach (var claim in article.Claims)
            {
                table.AddRow(
                    claim.Claim.SafetySection is null ? claim.Claim.Number.ToString() : $"{claim.Claim.Number} (safety)",
                    Markup.Escape(Cut(claim.Claim.Statement, 70)),
                    Markup.Escape(claim.Claim.ClaimType),
                    Markup.Escape(claim.Claim.EvidenceStrength),
                    Markup.Escape(string.Join("; ", claim.Sources.Select(s => s.Label))),
                    claim.Substantiated ? "[green]substantiated[/]" : "[red]unsupported[/]");
            }

            ansi.Write(table);
            foreach (var finding in article.Claims.SelectMany(c => c.Findings).Concat(article.ArticleFindings))
            {
                console.Line($"  [{(finding.Severity == Content.Diagnostics.Severity.Error ? "red" : "yellow")}]{finding.Code}[/] {Markup.Escape(finding.Message)}");
            }

            foreach (var statement in article.PlainTextStatements)
            {
                console.Line($"  [yellow]{Statement.Code}[/] plain text, block {statement.Block} ({Markup.Escape(statement.Kind.Label)}): \"{Markup.Escape(statement.Sentence)}\"");
            }
        }

        ansi.Write(new Rule("[bold]Clinics[/]").LeftJustified());
        var clinics = new Table().Border(TableBorder.Simple).AddColumns("Clinic", "Article", "Claims", "Unsupported", "Review");
        foreach (var clinic in report.Clinics)
        {
            foreach (var article in clinic.Articles)
            {
                clinics.AddRow(
                    Markup.Escape($"{clinic.Name} ({string.Join(", ", clinic.Hosts)})"),
                    Markup.Escape(article.ArticleTitle),
                    article.Claims.ToString(),
                    article.UnsupportedClaims == 0 ? "0" : $"[red]{article.UnsupportedClaims}[/]",
                    article.ReviewOverdue ? "[yellow]overdue[/]" : "current");
            }
        }

        ansi.Write(clinics);
        console.Line(report.UnusedCitations.Count == 0
            ? "Every citation supports at least one claim."
            : $"[yellow]Citations no claim uses:[/] {Markup.Escape(string.Join("; ", report.UnusedCitations.Select(CitationLabels.Short)))}");
        var summary = $"{report.Articles.Count} articles, {report.ClaimCount} claims, {report.UnsupportedClaimCount} unsupported, {report.PlainTextStatementCount} plain-text statements, {report.OverdueReviewCount} reviews overdue, {report.UnusedCitations.Count} unused citations, {report.TreatmentArticleCount - report.TreatmentArticlesWithoutSafetyCount} of {report.TreatmentArticleCount} treatment articles with safety information, {report.NotReadyToPublishCount} not ready to publish";
        console.Line(report.AllClaimsSubstantiated ? $"[green]{summary}[/]" : $"[red]{summary}[/]");
    }

    /// <summary>The code a claim in plain text is reported under (CK0322), from claim-detection.json.</summary>
    public static Content.Claims.RuleText Statement => Content.Claims.ClaimDetection.Current.Finding;

    public static string Due(ArticleAudit article) =>
        (article.Review.NextReviewDue?.ToString("yyyy-MM-dd") ?? "not set") + (article.ReviewOverdue ? " (overdue)" : "");

    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
