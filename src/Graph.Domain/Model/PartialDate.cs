using System.Globalization;

namespace Graph.Domain.Model;

/// <summary>
/// An ISO 8601 calendar date that may be partial: a year ("2023"), a month ("2023-05") or a day ("2023-07-24").
/// Sources often give only a month or a year, so the precision is part of the value.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when only the year or the month is known.</summary>
    public int? Day { get; }

    /// <summary>The first calendar day the value can stand for.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last calendar day the value can stand for.</summary>
    public DateOnly Latest => Day is not null
        ? Earliest
        : Month is { } month
            ? new DateOnly(Year, month, DateTime.DaysInMonth(Year, month))
            : new DateOnly(Year, 12, 31);

    /// <summary>A full date.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns false for anything else, including impossible days.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        if (!TryParseNumber(parts[0], 1, 9999, out var year)) return false;
        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !TryParseNumber(parts[1], 1, 12, out var m)) return false;
            month = m;
        }
        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !TryParseNumber(parts[2], 1, DateTime.DaysInMonth(year, month!.Value), out var d)) return false;
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Parses a partial date or throws a <see cref="FormatException"/> that quotes the bad text.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>Orders by the earliest day, then the less precise value first.</summary>
    public int CompareTo(PartialDate other)
    {
        var byDay = Earliest.CompareTo(other.Earliest);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>True when the span of days this value stands for includes <paramref name="day"/>.</summary>
    public bool Covers(DateOnly day) => Earliest <= day && day <= Latest;

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The ISO form, as precise as the value: "2023", "2023-05" or "2023-07-24".</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => $"{Year:D4}-{m:D2}",
        ({ } m, { } d) => $"{Year:D4}-{m:D2}-{d:D2}",
    };

    private int Precision => Day is not null ? 2 : Month is not null ? 1 : 0;

    private static bool TryParseNumber(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
