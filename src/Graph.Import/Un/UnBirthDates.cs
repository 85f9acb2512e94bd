using Graph.Domain.Model;
using Graph.Import.Ofac;
using System.Xml.Linq;

namespace Graph.Import.Un;

/// <summary>
/// Reads INDIVIDUAL_DATE_OF_BIRTH. What the list states as EXACT (a DATE, or a YEAR alone) becomes a birthDate as
/// precise as it is written; BETWEEN FROM_YEAR and TO_YEAR gives every year of the range, and a note saying so. An
/// APPROXIMATELY date is never a birthDate, which would state it as a fact: it is kept as a note ("Born circa 1975").
/// </summary>
internal static class UnBirthDates
{
    private const string Element = "INDIVIDUAL_DATE_OF_BIRTH";

    // A wider range says too little to be read as the years of birth: it stays a note.
    private const int MaxRangeYears = 20;

    public static void Add(XElement entry, OfacProperties properties, UnProblems problems)
    {
        foreach (var birth in entry.Elements(Element)) AddOne(birth, properties, problems);
    }

    private static void AddOne(XElement birth, OfacProperties properties, UnProblems problems)
    {
        var day = Parsed(birth, "DATE", UnDates.Day, "a day of the form YYYY-MM-DD", problems);
        var year = Parsed(birth, "YEAR", UnDates.Year, "a year of four digits", problems);
        var from = Parsed(birth, "FROM_YEAR", UnDates.Year, "a year of four digits", problems);
        var to = Parsed(birth, "TO_YEAR", UnDates.Year, "a year of four digits", problems);
        properties.Add("notes", UnText.Child(birth, "NOTE") is { } note ? $"Date of birth: {note}" : null);
        PartialDate?[] stated = [day, year];
        var dates = stated.OfType<PartialDate>().ToList();
        var type = UnText.Child(birth, "TYPE_OF_DATE")?.ToUpperInvariant();
        switch (type)
        {
            case "EXACT" or null:
                foreach (var date in dates) properties.Add("birthDate", date.ToString());
                break;
            case "APPROXIMATELY":
                foreach (var date in dates) properties.Add("notes", $"Born circa {date}");
                break;
            case "BETWEEN":
                Range(birth, from, to, properties, problems);
                break;
            default:
                problems.Add(birth.Element("TYPE_OF_DATE")!, $"{Element}/TYPE_OF_DATE",
                    $"'{UnText.Child(birth, "TYPE_OF_DATE")}' is not a type of date the list uses: EXACT, APPROXIMATELY or BETWEEN.");
                break;
        }
    }

    private static void Range(XElement birth, PartialDate? from, PartialDate? to, OfacProperties properties, UnProblems problems)
    {
        if (from is not { } first || to is not { } last)
        {
            // A bad year was reported already; a missing one is reported here.
            if (birth.Element("FROM_YEAR") is null || birth.Element("TO_YEAR") is null)
            {
                problems.Add(birth, $"{Element}/FROM_YEAR", "a date of type BETWEEN needs both FROM_YEAR and TO_YEAR.");
            }
            return;
        }
        if (last.Year < first.Year)
        {
            problems.Add(birth.Element("TO_YEAR")!, $"{Element}/TO_YEAR", $"the range ends ({last}) before it starts ({first}).");
            return;
        }
        properties.Add("notes", $"Born between {first} and {last}");
        if (last.Year - first.Year > MaxRangeYears) return;
        for (var y = first.Year; y <= last.Year; y++) properties.Add("birthDate", $"{y:D4}");
    }

    private static PartialDate? Parsed(XElement birth, string name, Func<string?, PartialDate?> parse, string form, UnProblems problems)
    {
        if (UnText.Child(birth, name) is not { } text) return null;
        if (parse(text) is { } date) return date;
        problems.Add(birth.Element(name)!, $"{Element}/{name}", $"'{text}' is not {form}.");
        return null;
    }
}
