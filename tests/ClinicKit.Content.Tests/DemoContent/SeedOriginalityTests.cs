using System.Net;
using System.Text.RegularExpressions;
using ClinicKit.Content.Claims;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;

namespace ClinicKit.Content.Tests.DemoContent;

/// <summary>The seed posts' facts may be used, their sentences may not: no sentence of eight or more words from a seed appears in the project.</summary>
public sealed partial class SeedOriginalityTests
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git", "TestResults", "test-results", "BenchmarkDotNet.Artifacts"];

    private static readonly ContentLibrary Shipped = UsyncLibraryReader.Read(UsyncFolderReader.Read(Paths.ShippedUsync));

    [Test]
    public void No_seed_sentence_of_eight_or_more_words_appears_in_the_content_or_any_project_file()
    {
        var sentences = SeedSentences();
        Assert.That(sentences, Has.Count.GreaterThan(50), "the seed posts were read");

        Assert.That(Copied(sentences, Shipped, ProjectFiles().Select(File.ReadAllText)), Is.Empty);
    }

    /// <summary>A seed sentence put where a reader would see it, the way an editor might paste it: the scan over the
    /// content (not only its normalising) must find it.</summary>
    private static IEnumerable<TestCaseData> Placements()
    {
        TestCaseData Case(string where, Func<ContentLibrary, string, ContentLibrary> place) => new TestCaseData(place).SetName($"A seed sentence copied into {where} is found");

        yield return Case("an article's rich text, HTML-encoded with emphasis inside", (l, s) => WithArticle(l, a => a with
        {
            Body = [.. a.Body, new RichTextBlock(Guid.NewGuid(), RichText.FromMarkup("<p>Intro. " + Emphasised(WebUtility.HtmlEncode(s)) + "</p>"))],
        }));
        yield return Case("a claim statement", (l, s) => WithArticle(l, a => a with
        {
            Body = [.. a.Body.Select(b => b is ClaimBlock c ? new ClaimBlock(c.Claim with { Statement = s }) : b)],
        }));
        yield return Case("a claim's caveat, with curly apostrophes", (l, s) => WithArticle(l, a => a with
        {
            Body = [.. a.Body.Select(b => b is ClaimBlock c ? new ClaimBlock(c.Claim with { Qualifier = s.Replace("'", "’", StringComparison.Ordinal) }) : b)],
        }));
        yield return Case("an article summary in capitals", (l, s) => WithArticle(l, a => a with { Summary = s.ToUpperInvariant() }));
        yield return Case("a call to action body", (l, s) => WithArticle(l, a => a with
        {
            Body = [.. a.Body.Select(b => b is CtaBlock c ? new CtaBlock(c.Cta with { Body = s }) : b)],
        }));
        yield return Case("an important safety point", (l, s) => WithArticle(l, a => a with
        {
            Body = [.. a.Body, new SafetyBlock(Guid.NewGuid(), "Important safety information", [new Claim(99, Guid.NewGuid(), s, [], "Safety", "", "", "Risks")])],
        }));
        yield return Case("a clinic tagline", (l, s) => WithClinic(l, c => c with { Tagline = s }));
        yield return Case("a clinic's default call to action", (l, s) => WithClinic(l, c => c with
        {
            DefaultCallToAction = new CallToAction(Guid.NewGuid(), "Book", s, "Book now", null, "Primary"),
        }));
        yield return Case("a clinic's own introduction to an article", (l, s) => WithClinic(l, c => c with
        {
            Articles = [.. c.Articles.Select((a, i) => i == 0 ? a with { IntroOverride = s } : a)],
        }));
    }

    [TestCaseSource(nameof(Placements))]
    public void The_scan_finds_a_seed_sentence_wherever_a_reader_would_see_it(Func<ContentLibrary, string, ContentLibrary> place)
    {
        var sentences = SeedSentences();
        var seed = RawSeedSentences().First(s => Normalize(s).Split(' ').Length >= 8 && s.Contains('\''));
        Assert.That(Copied(sentences, Shipped, []), Is.Empty, "the shipped content is clean to start with");

        Assert.That(Copied(sentences, place(Shipped, seed), []), Is.EqualTo(new[] { Normalize(seed) }));
    }

    private static List<string> SeedSentences() =>
        RawSeedSentences().Select(Normalize).Where(s => s.Split(' ').Length >= 8).Distinct().ToList();

    private static IEnumerable<string> RawSeedSentences() =>
        Directory.EnumerateFiles(Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).SelectMany(f => Sentences(File.ReadAllText(f)));

    private static List<string> Copied(IReadOnlyList<string> sentences, ContentLibrary library, IEnumerable<string> files)
    {
        var corpus = string.Join(" | ", ContentText(library).Concat(files).Select(Normalize));
        return sentences.Where(s => corpus.Contains(s, StringComparison.Ordinal)).ToList();
    }

    private static string Emphasised(string sentence)
    {
        var words = sentence.Split(' ');
        return string.Join(' ', words[..2]) + " <em>" + words[2] + "</em> " + string.Join(' ', words[3..]);
    }

    private static ContentLibrary WithArticle(ContentLibrary library, Func<Article, Article> change) =>
        new(library.Articles.Select((a, i) => i == 0 ? change(a) : a), library.Citations, library.Clinics, library.Dictionary);

    private static ContentLibrary WithClinic(ContentLibrary library, Func<ClinicSite, ClinicSite> change) =>
        new(library.Articles, library.Citations, library.Clinics.Select((c, i) => i == 0 ? change(c) : c), library.Dictionary);

    /// <summary>Every text a reader sees, decoded from the stored JSON and HTML (so escapes like \u0027 cannot hide a copy).</summary>
    private static IEnumerable<string> ContentText(ContentLibrary library)
    {
        foreach (var article in library.Articles)
        {
            yield return article.Title;
            yield return article.Summary;
            foreach (var block in article.Body)
            {
                yield return block switch
                {
                    RichTextBlock text => WebUtility.HtmlDecode(Tags().Replace(text.Text.Html(_ => ""), " ")),
                    ClaimBlock claim => claim.Claim.Statement + " " + claim.Claim.Qualifier,
                    CtaBlock cta => cta.Cta.Heading + " " + cta.Cta.Body,
                    SafetyBlock safety => safety.Heading + " | " + string.Join(" | ", safety.Points.Select(p => p.Statement + " " + p.Qualifier)),
                    _ => "",
                };
            }
        }

        foreach (var clinic in library.Clinics)
        {
            yield return clinic.Tagline;
            yield return clinic.DefaultCallToAction?.Heading + " | " + clinic.DefaultCallToAction?.Body;
            yield return string.Join(" | ", clinic.Articles.Select(a => a.IntroOverride + " | " + a.CallToAction?.Heading + " | " + a.CallToAction?.Body));
        }
    }

    private static IEnumerable<string> ProjectFiles() =>
        Directory.EnumerateFiles(Paths.RepositoryRoot, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Paths.RepositoryRoot, f).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains))
            .Where(f => Path.GetExtension(f) is ".cs" or ".cshtml" or ".md" or ".config" or ".json" or ".ts" or ".css" or ".html" or ".txt" or ".sh");

    private static IEnumerable<string> Sentences(string text) => SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Normalize(string text) => Space().Replace(NonWord().Replace(WebUtility.HtmlDecode(text).ToLowerInvariant().Replace("’", "'"), " "), " ").Trim();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n\s*\n|\r?\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[^a-z0-9']+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
