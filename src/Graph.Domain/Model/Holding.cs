namespace Graph.Domain.Model;

/// <summary>
/// Whether a fact held on a given day. Partial dates stand for every day they may mean: a sanction listed in
/// "2023-07" holds on 2023-07-15, and one ended in "2024" still holds on 2024-06-01. A sanction with no listing date
/// holds from the first publication of its list that carried it, since nothing says it held before.
/// </summary>
public static class Holding
{
    /// <summary>When the sanction is known to have started: its listing date, else its first publication.</summary>
    public static PartialDate? Start(this Sanction sanction) => sanction.ListedOn ?? sanction.FirstSeen;

    /// <summary>True when the sanction had started by <paramref name="day"/>, or has no known start at all.</summary>
    public static bool HadStartedBy(this Sanction sanction, DateOnly day) =>
        sanction.Start() is not { } start || start.Earliest <= day;

    /// <summary>True when the sanction had ended by <paramref name="day"/>: its end date is not after it.</summary>
    public static bool HadEndedBy(this Sanction sanction, DateOnly day) =>
        sanction.EndedOn is { } ended && ended.Latest <= day;

    /// <summary>True when the sanction was in force on <paramref name="day"/>: started and not yet ended.</summary>
    public static bool HoldsOn(this Sanction sanction, DateOnly day) =>
        sanction.HadStartedBy(day) && !sanction.HadEndedBy(day);

    /// <summary>True when <paramref name="day"/> falls within the relationship's start and end dates; open ends are open.</summary>
    public static bool HoldsOn(this Relationship relationship, DateOnly day) =>
        (relationship.StartDate is not { } start || start.Earliest <= day)
        && (relationship.EndDate is not { } end || day <= end.Latest);
}
