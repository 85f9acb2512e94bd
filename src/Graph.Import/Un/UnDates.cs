using Graph.Domain.Model;

namespace Graph.Import.Un;

/// <summary>The dates the list writes: whole days as YYYY-MM-DD (xs:date) and years as YYYY (xs:gYear).</summary>
internal static class UnDates
{
    /// <summary>A whole day, or null for anything else.</summary>
    public static PartialDate? Day(string? text) =>
        text is { Length: 10 } && PartialDate.TryParse(text, out var date) && date.Day is not null ? date : null;

    /// <summary>A year of four digits, or null for anything else.</summary>
    public static PartialDate? Year(string? text) =>
        text is { Length: 4 } && PartialDate.TryParse(text, out var date) ? date : null;
}
