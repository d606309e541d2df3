using ClinicKit.Content.Importing;

namespace ClinicKit.Content.Tests.Importing;

public sealed class ClaimDetectionTests
{
    public static IEnumerable<TestCaseData> RuleExamples() =>
        ClaimDetection.Rules.SelectMany(r =>
            r.Catches.Select(s => new TestCaseData(s, r.ClaimType).SetName($"catches ({r.Name}): {s}"))
                .Concat(r.Ignores.Select(s => new TestCaseData(s, null).SetName($"ignores ({r.Name}): {s}"))));

    [TestCaseSource(nameof(RuleExamples))]
    public void Each_rule_catches_its_examples_and_ignores_its_counter_examples(string sentence, string? claimType) =>
        Assert.That(ClaimDetection.Match(sentence)?.ClaimType, Is.EqualTo(claimType));

    // Statements in the seed posts that no source supports as worded. The tests find them in ../shared/seeds by a short
    // fragment (the project must not copy the posts' sentences) and require the importer to flag each one.
    [TestCase("70% of patients who received", "Statistic")]
    [TestCase("Not Addictive In A Clinical Setting", "Safety")]
    [TestCase("ease depressive symptoms within hours", "Onset")]
    [TestCase("almost immediately in most cases", "Onset")]
    [TestCase("wide margin of safety", "Safety")]
    [TestCase("more than half the people with TRD", "Statistic")]
    [TestCase("6.7% of adults", "Statistic")]
    [TestCase("generally mild and well-tolerated", "Safety")]
    [TestCase("proving to be more effective than traditional", "Efficacy")]
    public void Unsupported_statements_in_real_clinic_posts_are_caught(string fragment, string claimType)
    {
        var (sentence, isHeading) = SeedSentence(fragment);
        Assert.That(ClaimDetection.Match(sentence, isHeading)?.ClaimType, Is.EqualTo(claimType), sentence);
    }

    [TestCase("Contact us to see whether an infusion plan fits your week.")]
    [TestCase("Our front desk team will work with you to find an appointment time.")]
    [TestCase("Want more reading? Browse the other posts on our blog.")]
    [TestCase("Depression touches people of every age and background.")]
    [TestCase("Free parking is available behind the building.")]
    public void Sentences_that_make_no_medical_claim_are_left_as_text(string sentence) =>
        Assert.That(ClaimDetection.Match(sentence), Is.Null);

    /// <summary>Text shaped so a backtracking pattern retries from every position: each rule runs in linear time instead.</summary>
    private static IEnumerable<TestCaseData> HostileSentences()
    {
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("1,", 200_000)), null).SetName("200,000 comma-separated digits");
        yield return new TestCaseData("Studies " + new string('x', 300_000) + " show", null).SetName("A research word, 300,000 letters, then 'show'");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("study ", 50_000)) + "shows", "Efficacy").SetName("50,000 research words before 'shows'");
        yield return new TestCaseData(new string(' ', 200_000) + "65% of patients", "Statistic").SetName("200,000 spaces before a statistic");
    }

    [TestCaseSource(nameof(HostileSentences))]
    public void Hostile_sentences_complete_with_the_rule_an_ordinary_sentence_gets(string sentence, string? claimType) =>
        Assert.That(Completes.Run(() => ClaimDetection.Match(sentence)?.ClaimType), Is.EqualTo(claimType));

    private static (string Sentence, bool IsHeading) SeedSentence(string fragment)
    {
        foreach (var seed in Directory.EnumerateFiles(Paths.Seeds, "*.txt"))
        {
            foreach (var block in PostParser.Parse(File.ReadAllBytes(seed), seed).Blocks)
            {
                if (Sentences.Split(block.Text).FirstOrDefault(s => s.Contains(fragment, StringComparison.Ordinal)) is { } sentence)
                {
                    return (sentence, block.Kind == PostBlockKind.Heading);
                }
            }
        }

        Assert.Fail($"no seed post contains '{fragment}'");
        return default;
    }
}
