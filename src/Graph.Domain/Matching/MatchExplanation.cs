namespace Graph.Domain.Matching;

/// <summary>
/// One feature a score counted: what it compared on both sides and what it found.
/// </summary>
/// <param name="Feature">The feature's name, e.g. "name.exact", "name.phonetic", "birthDate", "country", "identifier".</param>
/// <param name="Score">What the feature found, from 0 to 1 (or negative for evidence against, down to -1).</param>
/// <param name="Weight">How much the feature moves the total, or null when it only informs.</param>
/// <param name="Query">The value of the query it compared.</param>
/// <param name="Candidate">The value of the candidate it compared.</param>
/// <param name="Detail">Why, in words.</param>
public sealed record MatchExplanation(string Feature, double Score, double? Weight, string? Query, string? Candidate, string? Detail);
