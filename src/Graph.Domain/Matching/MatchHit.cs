using Graph.Domain.Model;

namespace Graph.Domain.Matching;

/// <summary>A candidate for a match query, with its score from 0 to 1 and the features that gave it.</summary>
/// <param name="Score">How sure the matcher is that the candidate is the queried party, from 0 to 1.</param>
/// <param name="Match">Whether the score reached the threshold asked for.</param>
/// <param name="Entity">The candidate.</param>
/// <param name="Datasets">The lists the candidate comes from (its sanctions' datasets), or "seed" for hand-written facts.</param>
/// <param name="Explanations">The features that counted, strongest first.</param>
public sealed record MatchHit(double Score, bool Match, Entity Entity, IReadOnlyList<string> Datasets, IReadOnlyList<MatchExplanation> Explanations);
