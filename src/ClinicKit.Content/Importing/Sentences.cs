using System.Text.RegularExpressions;

namespace ClinicKit.Content.Importing;

public static partial class Sentences
{
    /// <summary>Splits a paragraph at sentence ends ('.', '!' or '?' followed by a space and a capital, digit or quote).</summary>
    public static IReadOnlyList<string> Split(string paragraph) =>
        End().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?][""”’)]?)\s+(?=[""“(]?[A-Z0-9])")]
    private static partial Regex End();
}
