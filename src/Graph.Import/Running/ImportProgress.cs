namespace Graph.Import.Running;

/// <summary>Where a long import is: the phase, and how many of its records it has been through.</summary>
public sealed record ImportProgress(string Phase, long Done, long Total);
