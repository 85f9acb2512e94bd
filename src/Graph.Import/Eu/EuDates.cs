using System.Globalization;
using Graph.Domain.Model;

namespace Graph.Import.Eu;

/// <summary>
/// The dates of the EU's files: days as xs:date (2022-02-25), birth dates from their parts (a year, a month, a day,
/// a range of years, or "circa"), and the file's generationDate (an xs:dateTime with its offset).
/// </summary>
internal static class EuDates
{
    /// <summary>A day written YYYY-MM-DD, or null for anything else.</summary>
    public static PartialDate? Day(string? text) =>
        text is { Length: 10 } && PartialDate.TryParse(text, out var date) && date.Day is not null ? date : null;

    /// <summary>The day of the generation, as written in its own offset; null when it is not an xs:dateTime or xs:date.</summary>
    public static DateOnly? Generated(string text)
    {
        if (Day(text) is { } day) return day.Earliest;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) && text.Length > 10 && Day(text[..10]) is not null
            ? DateOnly.FromDateTime(time.DateTime)
            : null;
    }

    /// <summary>
    /// The birth dates one birthdate element gives, as partial ISO dates: the full date, else the year with the month
    /// and day it has; only the year when it is "circa" (the day is not exact); both ends of a range of years.
    /// </summary>
    public static IEnumerable<string> Births(EuNode birth)
    {
        var full = birth.Attribute("birthdate");
        var year = birth.Attribute("year") ?? full?[..4];
        if (birth.Attribute("circa") == "true")
        {
            if (year is not null) yield return year;
        }
        else if (full is not null) yield return full;
        else if (year is not null)
        {
            var date = year;
            if (Number(birth.Attribute("monthOfYear")) is { } month)
            {
                date += $"-{month:D2}";
                if (Number(birth.Attribute("dayOfMonth")) is { } day) date += $"-{day:D2}";
            }
            if (PartialDate.TryParse(date, out var parsed)) yield return parsed.ToString();
        }
        if (birth.Attribute("yearRangeFrom") is { } from) yield return from;
        if (birth.Attribute("yearRangeTo") is { } to) yield return to;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or null.</summary>
    public static int? Number(string? text, int min = 1, int max = 9999) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
}
