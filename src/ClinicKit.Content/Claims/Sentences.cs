namespace ClinicKit.Content.Claims;

/// <summary>Splits a paragraph at sentence ends: '.', '!' or '?' (and an optional closing quote or bracket), then spaces,
/// then a capital, a digit, or an opening quote or bracket before one.</summary>
/// <remarks>A single pass over the paragraph rather than a regex with look-arounds, so an imported post of any shape
/// costs time in proportion to its length.</remarks>
public static class Sentences
{
    private const string Ends = ".!?";
    private const string Closers = "\"”’)";
    private const string Openers = "\"“(";

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < paragraph.Length)
        {
            if (!char.IsWhiteSpace(paragraph[i]))
            {
                i++;
                continue;
            }

            var spaces = i;
            while (i < paragraph.Length && char.IsWhiteSpace(paragraph[i]))
            {
                i++;
            }

            if (EndsBefore(paragraph, spaces) && StartsAt(paragraph, i))
            {
                Add(sentences, paragraph[start..spaces]);
                start = i;
            }
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool EndsBefore(string text, int at) =>
        at >= 1 && (Ends.Contains(text[at - 1]) || (at >= 2 && Closers.Contains(text[at - 1]) && Ends.Contains(text[at - 2])));

    private static bool StartsAt(string text, int at) =>
        at < text.Length && (IsCapitalOrDigit(text[at]) || (Openers.Contains(text[at]) && at + 1 < text.Length && IsCapitalOrDigit(text[at + 1])));

    private static bool IsCapitalOrDigit(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);

    private static void Add(List<string> sentences, string text)
    {
        var sentence = text.Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }
}
