using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// Which list to compare on two days: the designations its copy carried on <paramref name="To"/> and not on
/// <paramref name="From"/> (added), and the other way round (ended), each day read as
/// <see cref="SanctionTiming.KnownAsOf"/> reads it. At most <paramref name="Limit"/> of each are returned, by insertion;
/// the counts are whole.
/// </summary>
public sealed record SanctionDiffQuery(DateOnly From, DateOnly To, int Limit)
{
    /// <summary>The authority's id, name or alias, ignoring case; null for every authority.</summary>
    public string? Authority { get; init; }

    /// <summary>Compares this dataset only, e.g. "us_ofac_sdn"; null for every dataset and the hand-written facts.</summary>
    public string? Dataset { get; init; }
}

/// <summary>The designations added and ended between two days, the first of each in insertion order, and how many of each.</summary>
public sealed record SanctionDiff(IReadOnlyList<Sanction> Added, IReadOnlyList<Sanction> Ended, long AddedCount, long EndedCount);
