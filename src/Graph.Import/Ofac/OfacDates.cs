using Graph.Domain.Model;

namespace Graph.Import.Ofac;

/// <summary>
/// Reads OFAC's dates into partial ISO dates: "28 Jul 1963" is 1963-07-28, "Jul 1963" is 1963-07, "circa 1963"
/// is 1963, and a range ("1960 to 1962", "circa 1979-1982") gives both of its ends.
/// </summary>
internal static class OfacDates
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The dates in <paramref name="text"/> (e.g. the text after "DOB"), or none when it is not a date OFAC writes.</summary>
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

    /// <summary>"28 Jul 1963", "Jul 1963" or "1963" as an ISO date of the same precision; null for anything else.</summary>
    private static string? Date(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 3) return null;
        var iso = parts[^1];
        if (parts.Length > 1)
        {
            var month = Array.IndexOf(Months, parts[^2]) + 1;
            if (month == 0) return null;
            iso += $"-{month:D2}";
        }
        if (parts.Length > 2) iso += parts[0].Length == 1 ? "-0" + parts[0] : "-" + parts[0];
        return PartialDate.TryParse(iso, out var date) ? date.ToString() : null;
    }
}
