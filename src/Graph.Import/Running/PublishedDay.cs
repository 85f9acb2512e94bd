using Graph.Domain.Model;

namespace Graph.Import.Running;

/// <summary>
/// The day an import's input was published, as every way in reads it: a whole day given as YYYY-MM-DD, or today (UTC)
/// when none is given. OFAC's files carry no date, so the caller names it.
/// </summary>
public static class PublishedDay
{
    private const int ShownCharacters = 40;

    /// <summary>Today, in UTC: the day of an input that names none.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Reads the day given, or today for null or empty text; the problem, or null when there is none.</summary>
    public static string? TryParse(string? text, out DateOnly day)
    {
        day = Today;
        if (string.IsNullOrEmpty(text)) return null;
        if (PartialDate.TryParse(text, out var date) && date.Day is not null)
        {
            day = date.Earliest;
            return null;
        }
        var shown = text.Length <= ShownCharacters ? text : text[..ShownCharacters] + "…";
        return $"'{shown}' is not a day of the form YYYY-MM-DD.";
    }
}
