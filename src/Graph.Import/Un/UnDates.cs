using Graph.Domain.Model;

namespace Graph.Import.Un;

/// <summary>
/// The dates the list writes: whole days as xs:date (YYYY-MM-DD) and years as xs:gYear (YYYY), either with the time
/// zone XML Schema allows after it ("2015-04-07-04:00", "2015-04-07Z"). The zone does not change the day named.
/// </summary>
internal static class UnDates
{
    /// <summary>A whole day, or null for anything else.</summary>
    public static PartialDate? Day(string? text) =>
        WithoutZone(text, "YYYY-MM-DD".Length) is { } day && PartialDate.TryParse(day, out var date) && date.Day is not null ? date : null;

    /// <summary>A year of four digits, or null for anything else.</summary>
    public static PartialDate? Year(string? text) =>
        WithoutZone(text, "YYYY".Length) is { } year && PartialDate.TryParse(year, out var date) && date.Month is null ? date : null;

    /// <summary>The first <paramref name="length"/> characters, when what follows them is nothing, "Z" or "±hh:mm".</summary>
    private static string? WithoutZone(string? text, int length)
    {
        if (text is null || text.Length < length) return null;
        var zone = text.AsSpan(length);
        var valid = zone.Length switch
        {
            0 => true,
            1 => zone[0] == 'Z',
            6 => zone[0] is '+' or '-' && char.IsAsciiDigit(zone[1]) && char.IsAsciiDigit(zone[2]) && zone[3] == ':'
                 && char.IsAsciiDigit(zone[4]) && char.IsAsciiDigit(zone[5]),
            _ => false,
        };
        return valid ? text[..length] : null;
    }
}
