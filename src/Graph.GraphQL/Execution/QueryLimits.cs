namespace Graph.GraphQL.Execution;

/// <summary>
/// The bounds on the work and memory one GraphQL request may take, bound from the <c>Limits</c> configuration
/// section. Anonymous callers choose what they send, so each bound holds whatever the document asks.
/// </summary>
public sealed class QueryLimits
{
    /// <summary>The configuration section the limits are read from.</summary>
    public const string Section = "Limits";

    /// <summary>The highest cost an operation may have for its actual variables; a costlier one is refused before it runs.</summary>
    public int MaxCost { get; set; } = 250_000;

    /// <summary>How long one execution may run, validation included, before it is stopped with a TIMEOUT error.</summary>
    public double ExecutionTimeoutSeconds { get; set; } = 10;

    /// <summary>The most objects one response may hold; a larger one is stopped and answers RESPONSE_TOO_LARGE with no data.</summary>
    public int MaxResponseObjects { get; set; } = 100_000;

    /// <summary>The most bytes the parsed documents kept for repeated queries may hold together.</summary>
    public long DocumentCacheBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>The execution timeout as a time span.</summary>
    internal TimeSpan ExecutionTimeout => TimeSpan.FromSeconds(ExecutionTimeoutSeconds);
}
