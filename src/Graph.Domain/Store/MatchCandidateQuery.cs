namespace Graph.Domain.Store;

/// <summary>One key of <see cref="Matching.MatchKeys"/> with what it weighs in ranking candidates.</summary>
public readonly record struct MatchKey(string Text, int Weight);

/// <summary>
/// Which entities to propose as match candidates: those indexed under the keys, ranked by what the keys they share
/// are worth (<see cref="Worth"/>), at most <see cref="Limit"/>. Each key reads at most <see cref="PerKeyLimit"/>
/// entities, so a common name costs no more than a rare one.
/// </summary>
public sealed record MatchCandidateQuery(IReadOnlyList<MatchKey> Keys, int Limit)
{
    /// <summary>Most keys one query looks up.</summary>
    public const int MaxKeys = 64;

    /// <summary>Most entities read under one key.</summary>
    public const int PerKeyLimit = 256;

    /// <summary>
    /// What sharing a key is worth to a candidate: its weight, divided by the natural log of two more than the
    /// entities the key read, so that a key many entities share counts less than a rare one. A store sums it over
    /// the keys each entity shares; ties go by insertion order.
    /// </summary>
    public static double Worth(int weight, int entitiesRead) => weight / Math.Log(2 + entitiesRead);
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
