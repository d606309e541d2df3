using System.Net;
using System.Text.RegularExpressions;
using ClinicKit.Content.Library;
using ClinicKit.Content.Usync;

namespace ClinicKit.Content.Tests.DemoContent;

/// <summary>The seed posts' facts may be used, their sentences may not: no sentence of eight or more words from a seed appears in the project.</summary>
public sealed partial class SeedOriginalityTests
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git", "TestResults", "test-results", "BenchmarkDotNet.Artifacts"];

    [Test]
    public void No_seed_sentence_of_eight_or_more_words_appears_in_the_content_or_any_project_file()
    {
        var sentences = Directory.EnumerateFiles(Paths.Seeds, "*.txt")
            .SelectMany(f => Sentences(File.ReadAllText(f)))
            .Select(Normalize)
            .Where(s => s.Split(' ').Length >= 8)
            .Distinct()
            .ToList();
        Assert.That(sentences, Has.Count.GreaterThan(50), "the seed posts were read");

        var corpus = string.Join(" | ", ContentText().Concat(ProjectFiles().Select(File.ReadAllText)).Select(Normalize));
        var copied = sentences.Where(s => corpus.Contains(s, StringComparison.Ordinal)).ToList();

        Assert.That(copied, Is.Empty);
    }

    [Test]
    public void The_check_would_catch_a_copied_sentence()
    {
        var seed = Sentences(File.ReadAllText(Directory.EnumerateFiles(Paths.Seeds, "*.txt").First()))
            .First(s => Normalize(s).Split(' ').Length >= 8);
        var corpus = Normalize("<p>Intro. " + WebUtility.HtmlEncode(seed) + "</p>");
        Assert.That(corpus, Does.Contain(Normalize(seed)));
    }

    /// <summary>Every text a reader sees, decoded from the stored JSON and HTML (so escapes like \u0027 cannot hide a copy).</summary>
    private static IEnumerable<string> ContentText()
    {
        var library = UsyncLibraryReader.Read(UsyncFolderReader.Read(Paths.ShippedUsync));
        foreach (var article in library.Articles)
        {
            yield return article.Title;
            yield return article.Summary;
            foreach (var block in article.Body)
            {
                yield return block switch
                {
                    RichTextBlock text => WebUtility.HtmlDecode(Tags().Replace(text.Html, " ")),
                    ClaimBlock claim => claim.Claim.Statement + " " + claim.Claim.Qualifier,
                    CtaBlock cta => cta.Cta.Heading + " " + cta.Cta.Body,
                    _ => "",
                };
            }
        }

        foreach (var clinic in library.Clinics)
        {
            yield return clinic.Tagline;
            yield return string.Join(" ", clinic.Articles.Select(a => a.IntroOverride + " " + a.CallToAction?.Body));
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
