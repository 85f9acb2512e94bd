using System.Globalization;
using System.Xml.Linq;
using static Graph.Import.OfacAdvancedXml.OfacAdvancedElements;

namespace Graph.Import.OfacAdvancedXml;

/// <summary>
/// The dates of the Advanced XML: a date is Year, Month and Day elements (DateOfIssue, an EntryEvent's Date, a
/// DatePeriod's From and To); a DatePeriod spans from its Start to its End. A period is written back as OFAC prints it
/// in the Remarks ("19 Jun 1951", "Jun 1951", "1951", "1960 to 1962"), so that its features read as the other
/// formats' do.
/// </summary>
internal static class OfacAdvancedDates
{
    /// <summary>The date of an element with Year, Month and Day; null (and a problem) when it is none.</summary>
    public static DateOnly? Date(XElement date, string field, OfacAdvancedProblems problems)
    {
        var (year, month, day) = (Text(date, "Year"), Text(date, "Month"), Text(date, "Day"));
        if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }
        problems.Add(date, field, $"Year '{year}', Month '{month}' and Day '{day}' are not a date.");
        return null;
    }

    /// <summary>A DatePeriod as OFAC prints it; null (and a problem) when its Start is no date.</summary>
    public static string? Period(XElement period, string field, OfacAdvancedProblems problems)
    {
        var start = Child(period, "Start");
        var end = Child(period, "End");
        var first = Point(start, "From") ?? Point(start, "To");
        if (first is null)
        {
            problems.Add(start ?? period, $"{field}/Start/From", "the period has no start date.");
            return null;
        }
        var from = Date(first, $"{field}/Start/From", problems);
        var lastElement = Point(end, "To") ?? Point(end, "From") ?? Point(start, "To") ?? first;
        var to = Date(lastElement, $"{field}/End/To", problems);
        if (from is null || to is null) return null;
        if (to < from)
        {
            problems.Add(period, field, $"the period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
            return null;
        }
        return Written(from.Value, to.Value);
    }

    private static XElement? Point(XElement? bound, string name) => bound is null ? null : Child(bound, name);

    /// <summary>Whole years and whole months are written as such, as OFAC writes a year or a month of birth.</summary>
    private static string Written(DateOnly from, DateOnly to)
    {
        if (from == to) return Day(from);
        if (from is { Month: 1, Day: 1 } && to is { Month: 12, Day: 31 })
        {
            return from.Year == to.Year ? Year(from) : $"{Year(from)} to {Year(to)}";
        }
        if (from.Day == 1 && to.Day == DateTime.DaysInMonth(to.Year, to.Month))
        {
            return (from.Year, from.Month) == (to.Year, to.Month) ? Month(from) : $"{Month(from)} to {Month(to)}";
        }
        return $"{Day(from)} to {Day(to)}";
    }

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    private static string Year(DateOnly date) => date.ToString("yyyy", CultureInfo.InvariantCulture);
}
