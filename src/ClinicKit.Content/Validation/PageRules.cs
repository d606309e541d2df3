using System.Text.RegularExpressions;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Diagnostics;
using ClinicKit.Content.Importing;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;
using ClinicKit.Content.Usync;
using ClinicKit.Content.Usync.Items;

namespace ClinicKit.Content.Validation;

/// <summary>The rules for the pages patients look for and the main navigation: what a marketer can break in the backoffice
/// (hours, map link, URLs, navigation) and, on treatment pages, the same claim rules as articles.</summary>
public sealed partial class PageRules : IValidationRule
{
    public const int MaxNavigationItems = 6;
    public const int MaxNavigationLabel = 24;

    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var nodes = context.Folder.Content.Where(n => !n.Trashed).ToList();
        var citations = context.Folder.Content.Where(n => n.ContentType == DocumentTypes.Citation.Alias)
            .GroupBy(n => n.Key)
            .ToDictionary(g => g.Key, g => UsyncLibraryReader.ReadCitation(g.First()));
        CitationInfo? Lookup(Guid key) => citations.TryGetValue(key, out var c) ? new CitationInfo(c.Title, c.State) : null;
        var reviewers = UsyncLibraryReader.Reviewers(context.Folder);

        foreach (var clinic in nodes.Where(n => n.ContentType == DocumentTypes.ClinicSite.Alias))
        {
            var children = nodes.Where(n => n.ParentKey == clinic.Key && PatientPageReader.IsPatientPage(n.ContentType)).OrderBy(n => n.SortOrder ?? 0).ToList();
            var pages = children.Select(n => (Node: n, Page: Read(n, reviewers))).ToList();
            foreach (var finding in Urls(context, pages).Concat(Navigation(context, clinic, pages)).Concat(PlainText(context, clinic, Props.HeroText, Props.HeroPromise)))
            {
                yield return finding;
            }

            foreach (var (node, page) in pages)
            {
                var findings = page switch
                {
                    TreatmentContent t => Treatment(context, node, t, Lookup)
                        .Concat(PlainText(context, node, Props.Summary, Props.WhoItIsFor, Props.Costs, Props.Insurance))
                        .Concat(t.Faq.Where(f => Claim(f.Answer) is not null).Select(f => context.At(DiagnosticCodes.PagePlainTextClaim, node,
                            $"the answer to '{f.Question}' reads like a medical statement ({Claim(f.Answer)!.Label}); questions and answers are plain text", node.Property(Props.Faq)?.Line))),
                    ContactContent c => Contact(context, node, c).Concat(PlainText(context, node, Props.Summary)),
                    _ => PlainText(context, node, Props.Summary),
                };
                foreach (var finding in findings)
                {
                    yield return finding;
                }
            }
        }
    }

    private static PatientPage Read(ContentNode n, Func<Guid?, Reviewer?> reviewers) =>
        PatientPageReader.Read(n.ContentType, n.Key, n.Name ?? n.Alias, UsyncFileNames.UrlSegment(n.Name ?? n.Alias), n.Published, n.SortOrder ?? 0, StoredFields.Of(n), reviewers)!;

    /// <summary>Claims as on an article, with the page's heading as the treatment it names: its safety points and its regulatory
    /// status must be cited. A draft's errors are warnings, as for articles.</summary>
    private static IEnumerable<Diagnostic> Treatment(ValidationContext context, ContentNode node, TreatmentContent page, Func<Guid, CitationInfo?> lookup) =>
        ClaimChecker.Check(page.Claims.ToList(), lookup, page.Review, context.Today, context.ClaimOptions, treatment: page.Heading)
            .Select(f => node.Published || f.Severity != Severity.Error
                ? new Diagnostic(f.Code, f.Severity, node.Source!.File, node.Property(Props.WhatItIs)?.Line, context.Describe(node), f.Message)
                : new Diagnostic(f.Code, Severity.Warning, node.Source!.File, node.Property(Props.WhatItIs)?.Line, context.Describe(node), f.Message + " (draft: fix before publishing)"));

    private static IEnumerable<Diagnostic> Contact(ValidationContext context, ContentNode node, ContactContent page)
    {
        var hoursLine = node.Property(Props.OpeningHours)?.Line;
        if (page.OpeningHours.Count == 0)
        {
            yield return context.At(DiagnosticCodes.OpeningHoursMissing, node, "the contact page lists no opening hours", hoursLine);
        }

        foreach (var (row, i) in page.OpeningHours.Select((r, i) => (r, i + 1)))
        {
            if (row.Days.Count == 0)
            {
                yield return context.At(DiagnosticCodes.OpeningHoursInvalid, node, $"opening hours row {i} picks no days", hoursLine);
            }
            else if (!Time().IsMatch(row.Opens) || !Time().IsMatch(row.Closes))
            {
                yield return context.At(DiagnosticCodes.OpeningHoursInvalid, node, $"opening hours row {i} ('{row.Opens}' to '{row.Closes}') needs times like 09:00", hoursLine);
            }
            else if (string.CompareOrdinal(row.Opens, row.Closes) >= 0)
            {
                yield return context.At(DiagnosticCodes.OpeningHoursInvalid, node, $"opening hours row {i} closes at {row.Closes}, not after it opens at {row.Opens}", hoursLine);
            }
        }

        if (page.MapUrl.Length > 0 && (!Uri.TryCreate(page.MapUrl, UriKind.Absolute, out var map) || map.Scheme != Uri.UriSchemeHttps))
        {
            yield return context.At(DiagnosticCodes.MapLinkInvalid, node, $"the map link '{page.MapUrl}' is not an https:// address", node.Property(Props.MapUrl)?.Line);
        }
    }

    private static IEnumerable<Diagnostic> Urls(ValidationContext context, List<(ContentNode Node, PatientPage Page)> pages)
    {
        var seen = new Dictionary<string, ContentNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, page) in pages)
        {
            var path = (page is TreatmentContent ? "/treatments/" : "/") + page.Slug;
            if (page is not TreatmentContent && PageSlugs.Reserved.Contains(page.Slug))
            {
                yield return context.At(DiagnosticCodes.PageUrlTaken, node, $"the page's URL {path} is one the head serves itself, so the page could not be opened");
            }
            else if (seen.TryGetValue(path, out var first))
            {
                yield return context.At(DiagnosticCodes.PageUrlTaken, node, $"the page's URL {path} is already {context.Describe(first)}'s; only the first is served");
            }
            else
            {
                seen[path] = node;
            }
        }
    }

    private static IEnumerable<Diagnostic> Navigation(ValidationContext context, ContentNode clinic, List<(ContentNode Node, PatientPage Page)> pages)
    {
        var marked = pages.Where(p => p.Page.Page.ShowInNavigation).ToList();
        foreach (var (node, _) in marked.Where(p => !p.Node.Published))
        {
            yield return context.At(DiagnosticCodes.NavigationPageUnpublished, node, "the page is marked 'Show in main navigation' but is not published", node.Property(Props.ShowInNavigation)?.Line);
        }

        var shown = marked.Where(p => p.Node.Published).ToList();
        if (shown.Count > MaxNavigationItems)
        {
            yield return context.At(DiagnosticCodes.NavigationTooLong, clinic, $"{shown.Count} pages are in the main navigation; keep it to {MaxNavigationItems}");
        }

        foreach (var (node, page) in shown.Where(p => p.Page.NavigationText.Length > MaxNavigationLabel))
        {
            yield return context.At(DiagnosticCodes.NavigationTooLong, node,
                $"the navigation shows '{page.NavigationText}' ({page.NavigationText.Length} characters); give the page a Navigation label of up to {MaxNavigationLabel}", node.Property(Props.NavigationLabel)?.Line);
        }
    }

    private static IEnumerable<Diagnostic> PlainText(ValidationContext context, ContentNode node, params string[] aliases)
    {
        foreach (var alias in aliases)
        {
            if (Claim(node.Value(alias)) is { } kind)
            {
                yield return context.At(DiagnosticCodes.PagePlainTextClaim, node, $"'{alias}' reads like a medical statement ({kind.Label}); put it in a claim block that cites its sources", node.Property(alias)?.Line);
            }
        }
    }

    private static ClaimKind? Claim(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Sentences.Split(text).Select(s => ClaimDetection.Current.Match(s)).FirstOrDefault(k => k is not null);

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$", RegexOptions.NonBacktracking)]
    private static partial Regex Time();
}
