using System.Text.RegularExpressions;
using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Content.Authoring;

/// <summary>Opening hours as an agency types them: <c>Mon-Thu 09:00-17:00; Fri 09:00-13:00</c>.</summary>
public static partial class OpeningHoursText
{
    public static (IReadOnlyList<OpeningHours> Hours, IReadOnlyList<string> Problems) Parse(string text)
    {
        var hours = new List<OpeningHours>();
        var problems = new List<string>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Row().Match(part);
            if (!match.Success)
            {
                problems.Add($"'{part}' is not days and hours like 'Mon-Fri 09:00-17:00'");
                continue;
            }

            var days = Days(match.Groups["days"].Value);
            var opens = match.Groups["opens"].Value;
            var closes = match.Groups["closes"].Value;
            if (days is null)
            {
                problems.Add($"'{match.Groups["days"].Value}' names no days; use Mon, Tue, Wed, Thu, Fri, Sat, Sun, a range like Mon-Fri, or a list like Mon,Wed");
            }
            else if (string.CompareOrdinal(opens, closes) >= 0)
            {
                problems.Add($"'{part}' closes before it opens");
            }
            else
            {
                hours.Add(new OpeningHours(days, opens, closes));
            }
        }

        if (hours.Count == 0 && problems.Count == 0)
        {
            problems.Add("no opening hours given");
        }

        return (hours, problems);
    }

    /// <summary>The days of "Mon-Fri" or "Mon,Wed,Fri" in week order, or null when a name is not a day.</summary>
    private static IReadOnlyList<string>? Days(string text)
    {
        var picked = new HashSet<int>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = item.Split('-', StringSplitOptions.TrimEntries);
            var from = Day(ends[0]);
            var to = ends.Length == 2 ? Day(ends[1]) : from;
            if (ends.Length > 2 || from is null || to is null || to < from)
            {
                return null;
            }

            for (var d = from.Value; d <= to.Value; d++)
            {
                picked.Add(d);
            }
        }

        return picked.Count == 0 ? null : picked.Order().Select(d => Choices.DaysOfWeek[d]).ToList();
    }

    private static int? Day(string name)
    {
        var index = Choices.DaysOfWeek.ToList().FindIndex(d => name.Length >= 3 && d.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index;
    }

    [GeneratedRegex(@"^(?<days>[A-Za-z, -]+?)\s+(?<opens>([01][0-9]|2[0-3]):[0-5][0-9])\s*-\s*(?<closes>([01][0-9]|2[0-3]):[0-5][0-9])$", RegexOptions.NonBacktracking)]
    private static partial Regex Row();
}
