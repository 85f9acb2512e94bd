namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// A failure reported by Neo4j or on the way to it, with the server's status code when there is one
/// (e.g. <c>Neo.ClientError.Security.Unauthorized</c>) and a message that tells the user what to do.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(string message, string? code = null, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    /// <summary>Neo4j's status code, or null when the server was not reached or sent none.</summary>
    public string? Code { get; }

    /// <summary>True for failures worth retrying: transient errors and an unreachable or busy server.</summary>
    public bool IsTransient { get; init; }

    /// <summary>The name of the statement that failed, when one did.</summary>
    public string? Statement { get; init; }

    /// <summary>The HTTP status the server answered with, or null when it did not answer.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>What kind of failure this is, from the code's classification or from how the request failed.</summary>
    public Neo4jErrorCategory Category { get; init; } = Neo4jErrorCategory.Client;

    /// <summary>True when the server no longer knows the explicit transaction the request was for.</summary>
    internal bool TransactionGone { get; init; }
}
