namespace Graph.Import.Running;

/// <summary>How to run an import.</summary>
/// <param name="Published">The publication date of the input; OFAC files carry none, so the caller names it.</param>
/// <param name="DryRun">Report what would change and write nothing.</param>
/// <param name="SkipInvalid">Write the valid records even when some were rejected; by default any rejection stops the import.</param>
/// <param name="AllowOlder">
/// Import a publication older than the newest one of its list imported so far; by default it is refused. Even so it
/// never moves lastSeen back, never overwrites what a newer publication wrote and never delists what one carried.
/// </param>
public sealed record ImportOptions(DateOnly Published, bool DryRun = false, bool SkipInvalid = false, bool AllowOlder = false);
