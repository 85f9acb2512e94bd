namespace Graph.Domain.Store;

/// <summary>Which store the service uses and whether it answers now; health and readiness report it.</summary>
public interface IStoreConnectionCheck
{
    /// <summary>Tries the store with the cheapest possible request. Never throws for an unreachable store.</summary>
    Task<StoreConnection> CheckAsync(CancellationToken cancellationToken = default);
}

/// <param name="Provider">The store's kind, as configured in <c>Store:Provider</c>: <c>sqlite</c> or <c>neo4j</c>.</param>
/// <param name="Location">Where it is: a file path, or a server address and database, never with credentials.</param>
/// <param name="Connected">True when the store answered.</param>
/// <param name="Detail">What answered (e.g. the server's version), or why nothing did.</param>
public sealed record StoreConnection(string Provider, string Location, bool Connected, string Detail);
