using Graph.Domain.Model;

namespace Graph.Domain.Matching.Xref;

/// <summary>A proposed sameAs link: two entities of different datasets that may be one real party, and why.</summary>
/// <param name="Left">The entity whose names were asked about.</param>
/// <param name="Right">The candidate of another dataset.</param>
/// <param name="Score">The match score of <paramref name="Right"/> for <paramref name="Left"/>, 0 to 1.</param>
/// <param name="Explanations">The features that gave the score.</param>
/// <param name="LeftDatasets">The datasets of the left entity.</param>
/// <param name="RightDatasets">The datasets of the right entity.</param>
public sealed record SameAsCandidate(Entity Left, Entity Right, double Score, IReadOnlyList<MatchExplanation> Explanations, IReadOnlyList<string> LeftDatasets, IReadOnlyList<string> RightDatasets);
