using ClinicKit.Content.Library;

namespace ClinicKit.Content.Audit;

public static class CitationLabels
{
    /// <summary>"Berman et al., 2000" for a paper; the publisher and year for an official source.</summary>
    public static string Short(Citation c)
    {
        var authors = c.Authors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var who = authors.Length switch
        {
            0 => c.Publication,
            1 => Surname(authors[0]),
            2 => $"{Surname(authors[0])} and {Surname(authors[1])}",
            _ => $"{Surname(authors[0])} et al.",
        };
        return c.Year is { } year ? $"{who}, {year}" : who;
    }

    private static string Surname(string author) => author.Split(' ', 2)[0];
}
