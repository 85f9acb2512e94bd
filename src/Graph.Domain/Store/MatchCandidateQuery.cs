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

/// <summary>
/// The candidates a <see cref="MatchCandidateQuery"/> found, best first, and how many entities each key read: the
/// rarity of a name's words, up to <see cref="MatchCandidateQuery.PerKeyLimit"/> (at that, the key is at least that
/// common). A key absent from <see cref="KeyCounts"/> was not read.
/// </summary>
public sealed record MatchCandidates(IReadOnlyList<string> EntityIds, IReadOnlyDictionary<string, int> KeyCounts)
{
    /// <summary>No candidates, no keys read.</summary>
    public static MatchCandidates None { get; } = new([], new Dictionary<string, int>());
}
