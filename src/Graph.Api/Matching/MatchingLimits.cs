namespace Graph.Api.Matching;

/// <summary>
/// The bounds of the matching routes, checked before any matching starts: what one request may make the service
/// read, parse and score.
/// </summary>
internal static class MatchingLimits
{
    /// <summary>
    /// The longest body, 1 MiB: a batch of <see cref="MaxBatch"/> queries with a few names, dates and identifiers each
    /// takes 20 to 60 KiB, so this leaves room for long alias lists while one request still costs little to refuse.
    /// </summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>How deeply the JSON of a body may nest; the deepest valid shape (a 1.0 condition's value object) needs 7.</summary>
    public const int MaxJsonDepth = 8;

    /// <summary>The most queries in one batch, as yente allows.</summary>
    public const int MaxBatch = 100;

    /// <summary>The most properties (or conditions) one query may give.</summary>
    public const int MaxPropertiesPerQuery = 64;

    /// <summary>The most values one property may give.</summary>
    public const int MaxValuesPerProperty = 64;

    /// <summary>Queries of one batch matched at once: the cores of the machine, at most four, so a batch never takes them all for long.</summary>
    public static int Parallelism { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);
}
