namespace Graph.Domain.Matching;

/// <summary>How many hits a match returns, from what score they count as matches, and which lists they come from.</summary>
/// <param name="First">How many hits to return, 1 to <see cref="MaxFirst"/>.</param>
/// <param name="Threshold">The score from which a hit is a match, 0 to 1; with 0 the best candidates come back whatever they score.</param>
/// <param name="Dataset">Keep only candidates from this list, or null for every list and the hand-written facts.</param>
public sealed record MatchOptions(int First = MatchOptions.DefaultFirst, double Threshold = MatchOptions.DefaultThreshold, string? Dataset = null)
{
    /// <summary>The hits returned when a caller does not say.</summary>
    public const int DefaultFirst = 5;

    /// <summary>The score from which a hit is a match when a caller does not say.</summary>
    public const double DefaultThreshold = 0.7;

    /// <summary>The most hits one query returns.</summary>
    public const int MaxFirst = 100;
}
