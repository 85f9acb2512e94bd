using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Http;

/// <summary>Whether a statement only reads, so that a cluster may route it to a follower.</summary>
public enum AccessMode
{
    /// <summary>The statement may write.</summary>
    Write,

    /// <summary>The statement only reads.</summary>
    Read,
}

/// <summary>
/// Runs Cypher against one Neo4j database. Statements run alone commit on their own; statements inside a
/// transaction are written together or not at all. Failures surface as <see cref="Neo4jException"/>.
/// </summary>
public interface ICypherRunner
{
    /// <summary>Runs one statement in a transaction of its own, retrying transient failures.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, AccessMode access, CancellationToken cancellationToken = default);

    /// <summary>Opens an explicit transaction. Disposing it without committing rolls it back.</summary>
    Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}

/// <summary>An explicit transaction on the server, kept on one cluster member.</summary>
public interface ICypherTransaction : IAsyncDisposable
{
    /// <summary>Runs one statement inside the transaction.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default);

    /// <summary>Commits everything run so far.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Rolls back everything run so far.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);
}
