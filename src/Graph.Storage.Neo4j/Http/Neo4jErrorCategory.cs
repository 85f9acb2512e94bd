namespace Graph.Storage.Neo4j.Http;

/// <summary>The kinds of <see cref="Neo4jException"/>, following Neo4j's status code classifications.</summary>
public enum Neo4jErrorCategory
{
    /// <summary><c>Neo.ClientError.*</c>: the request was wrong (credentials, syntax, constraints); retrying will not help.</summary>
    Client,

    /// <summary><c>Neo.TransientError.*</c>, or a busy gateway (429, 502, 503, 504): retrying may succeed.</summary>
    Transient,

    /// <summary><c>Neo.DatabaseError.*</c>: the server failed.</summary>
    Database,

    /// <summary>The server could not be reached or did not answer in time.</summary>
    Connection,

    /// <summary>The server answered something other than the Query API (wrong address, proxy, unexpected body).</summary>
    Protocol,
}
