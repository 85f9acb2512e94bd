namespace Graph.Domain.Store;

/// <summary>One key of <see cref="Matching.MatchKeys"/> with what it weighs in ranking candidates.</summary>
public readonly record struct MatchKey(string Text, int Weight);

/// <summary>
/// Which entities to propose as match candidates: those indexed under the keys, ranked by the summed weights of
/// the keys they share, at most <see cref="Limit"/>. Each key reads at most <see cref="PerKeyLimit"/> entities, so a
/// common name costs no more than a rare one.
/// </summary>
public sealed record MatchCandidateQuery(IReadOnlyList<MatchKey> Keys, int Limit)
{
    /// <summary>Most keys one query looks up.</summary>
    public const int MaxKeys = 64;

    /// <summary>Most entities read under one key.</summary>
    public const int PerKeyLimit = 256;
}
