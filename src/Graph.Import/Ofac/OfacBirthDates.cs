using System.Globalization;

namespace Graph.Import.Ofac;

/// <summary>
/// Reads OFAC's birth dates into partial ISO dates: "28 Jul 1963" is 1963-07-28, "Jul 1963" is 1963-07, "circa 1963"
/// is 1963, and a range ("1960 to 1962", "circa 1979-1982") gives both of its ends.
/// </summary>
internal static class OfacBirthDates
{
    private static readonly string[] Formats = ["d MMM yyyy", "MMM yyyy", "yyyy"];

    /// <summary>The dates in <paramref name="text"/> (the text after "DOB"), or none when it is not a date OFAC writes.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var value = text.Trim();
        if (value.StartsWith("circa ", StringComparison.OrdinalIgnoreCase)) value = value["circa ".Length..].Trim();
        var ends = value.Split(" to ", StringSplitOptions.TrimEntries);
        if (ends.Length == 1 && value.Length == 9 && value[4] == '-') ends = value.Split('-');
        if (ends.Length > 2) return [];
        var dates = new List<string>(ends.Length);
        foreach (var end in ends)
        {
            if (Date(end) is not { } date) return [];
            dates.Add(date);
        }
        return dates;
    }

    private static string? Date(string text)
    {
        if (!DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return null;
        return text.Count(c => c == ' ') switch
        {
            0 => date.ToString("yyyy", CultureInfo.InvariantCulture),
            1 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
