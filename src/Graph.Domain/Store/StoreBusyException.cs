namespace Graph.Domain.Store;

/// <summary>
/// The store could not take the call in time because another writer holds it (SQLite's lock, Neo4j's
/// transient errors after their retries). Nothing was changed; the same call may succeed later, so services
/// answer it with 503 and Retry-After rather than as a fault.
/// </summary>
public sealed class StoreBusyException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>How long a caller should wait before trying again.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(5);
}
