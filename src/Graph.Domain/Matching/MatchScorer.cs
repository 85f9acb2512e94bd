using Graph.Domain.Model;
using Graph.Domain.Text;

namespace Graph.Domain.Matching;

/// <summary>The score of one candidate for one query, with the features that gave it.</summary>
public sealed record MatchResult(double Score, IReadOnlyList<MatchExplanation> Explanations);

/// <summary>
/// Scores candidates for one query. What the query's names become (tokens, transliterations, keys) is worked out
/// once, in the constructor, and reused for every candidate.
/// </summary>
public sealed class MatchScorer
{
    private readonly MatchQuery _query;
    private readonly IReadOnlyList<string>[] _queryTokens;

    /// <summary>Prepares the query's names for scoring.</summary>
    public MatchScorer(MatchQuery query)
    {
        _query = query;
        _queryTokens = [.. query.Names().Select(NameTokens.Of)];
    }

    /// <summary>The candidate's score from 0 to 1 and why.</summary>
    public MatchResult Score(Entity candidate)
    {
        var best = 0.0;
        foreach (var tokens in _queryTokens) best = Math.Max(best, NameScore.Best(tokens, candidate));
        return new MatchResult(Math.Round(best, 4), [new MatchExplanation("name", best, 1, _query.Name, candidate.Name, null)]);
    }
}
