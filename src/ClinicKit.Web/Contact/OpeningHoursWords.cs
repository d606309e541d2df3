using ClinicKit.Content.Library;
using ClinicKit.Content.Schema;

namespace ClinicKit.Web.Contact;

/// <summary>Opening hours in words: runs of consecutive days become "Monday to Thursday", others are listed.</summary>
public static class OpeningHoursWords
{
    public static HoursRow Row(OpeningHours hours) => new(Days(hours.Days), hours.Opens, hours.Closes);

    public static string Days(IReadOnlyList<string> days)
    {
        var indexes = days.Select(d => Choices.DaysOfWeek.ToList().IndexOf(d)).Where(i => i >= 0).Order().ToList();
        var runs = new List<string>();
        for (var i = 0; i < indexes.Count;)
        {
            var end = i;
            while (end + 1 < indexes.Count && indexes[end + 1] == indexes[end] + 1)
            {
                end++;
            }

            runs.Add(end - i >= 2
                ? $"{Choices.DaysOfWeek[indexes[i]]} to {Choices.DaysOfWeek[indexes[end]]}"
                : string.Join(", ", indexes[i..(end + 1)].Select(d => Choices.DaysOfWeek[d])));
            i = end + 1;
        }

        return string.Join(", ", runs);
    }
}
