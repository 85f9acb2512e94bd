using Graph.Domain.Store;

namespace Graph.Domain.Matching;

/// <summary>
/// How much a word of a query's name says, from how many entities of the store share its sound
/// (<see cref="MatchCandidates.KeyCounts"/>): a word no other entity has weighs 1, one shared by
/// <see cref="MatchCandidateQuery.PerKeyLimit"/> entities or more weighs <see cref="CommonWeight"/>. A name that only
/// agrees on common words (Mohammed, Ali) is weak evidence; one that agrees on a rare surname is strong.
/// </summary>
public sealed class TokenRarity(IReadOnlyDictionary<string, int> keyCounts)
{
    /// <summary>What the most common word weighs.</summary>
    public const double CommonWeight = 0.25;

    /// <summary>What an initial weighs: it is not looked up, and says little.</summary>
    public const double InitialWeight = 0.5;

    /// <summary>Rarity that knows nothing of the store: every word weighs 1, as when two names are compared alone.</summary>
    public static TokenRarity Unknown { get; } = new(new Dictionary<string, int>());

    private static readonly double FullScale = Math.Log(1 + MatchCandidateQuery.PerKeyLimit);

    /// <summary>The weight of a romanised token with its phonetic key.</summary>
    public double WeightOf(string token, string key)
    {
        if (token.Length == 1) return InitialWeight;
        if (!keyCounts.TryGetValue(MatchKeys.TokenKey(key), out var count)) return 1;
        return 1 - (1 - CommonWeight) * Math.Log(1 + Math.Min(count, MatchCandidateQuery.PerKeyLimit)) / FullScale;
    }
}
