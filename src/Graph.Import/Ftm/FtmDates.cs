using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>
/// FtM dates: partial ISO dates ("2021", "2021-03") or full timestamps ("2021-03-04T00:00:00"), of which the
/// graph keeps the date part.
/// </summary>
internal static class FtmDates
{
    public const string Expected = "a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss";

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null) return false;
        var span = text.AsSpan().Trim();
        if (span.Length > 10 && span[10] is 'T' or ' ') span = span[..10];
        // The common full date is read without the allocations of the general parser.
        if (span.Length == 10 && span[4] == '-' && span[7] == '-'
            && TryNumber(span[..4], out var year) && TryNumber(span[5..7], out var month) && TryNumber(span[8..], out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = PartialDate.FromDate(new DateOnly(year, month, day));
            return true;
        }
        return span.Length is 4 or 7 && PartialDate.TryParse(span.ToString(), out date);
    }

    /// <summary>True when the text is absent or a date.</summary>
    public static bool IsAbsentOrValid(string? text) => text is null || TryParse(text, out _);

    public static PartialDate? ParseOrNull(string? text) => TryParse(text, out var date) ? date : null;

    private static bool TryNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return false;
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
