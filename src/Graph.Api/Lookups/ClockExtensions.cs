namespace Graph.Api.Lookups;

internal static class ClockExtensions
{
    /// <summary>Today's date in UTC: the day an unpinned answer shows, and part of every cached answer's key.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
