using System.Net;

namespace Graph.Storage.Neo4j.Http;

/// <summary>What a request was for, so that a failure can name it.</summary>
/// <param name="Statement">The statement's name, or what was being done (e.g. "commit").</param>
/// <param name="TransactionId">The explicit transaction the request belongs to, if any.</param>
internal sealed record RequestContext(string? Statement, string? TransactionId = null)
{
    public override string ToString() => (Statement, TransactionId) switch
    {
        (null, null) => "",
        (_, null) => $" (statement {Statement})",
        (null, _) => $" (transaction {TransactionId})",
        _ => $" (statement {Statement} in transaction {TransactionId})",
    };
}

/// <summary>
/// Turns Neo4j's status codes (https://neo4j.com/docs/status-codes/current/errors/all-errors/) and HTTP failures
/// into <see cref="Neo4jException"/>s whose messages say what to check, naming the configuration keys.
/// </summary>
internal sealed class Neo4jErrors(Neo4jStoreOptions options)
{
    private readonly string _uri = options.Uri!.ToString().TrimEnd('/');

    public Neo4jException FromServer(string? code, string message, int status, RequestContext context)
    {
        code ??= "";
        var text = code switch
        {
            "Neo.ClientError.Security.Unauthorized" => Unauthorized(message),
            "Neo.ClientError.Security.CredentialsExpired" =>
                $"The password of Neo4j user '{options.User}' at {_uri} has expired: change it on the server, then Store:Neo4j:Password. Neo4j said: {message}",
            "Neo.ClientError.Security.Forbidden" or "Neo.ClientError.Security.AuthorizationExpired" =>
                $"Neo4j user '{options.User}' may not do this on database '{options.Database}' at {_uri}. Neo4j said: {message}",
            "Neo.ClientError.Database.DatabaseNotFound" =>
                $"Neo4j at {_uri} has no database '{options.Database}': create it, or set Store:Neo4j:Database to one that exists. Neo4j said: {message}",
            "Neo.ClientError.Schema.ConstraintValidationFailed" =>
                $"Constraint violation in Neo4j: {message}",
            "Neo.ClientError.Transaction.TransactionNotFound" => TransactionGone(context),
            "Neo.ClientError.Request.Invalid" when context.TransactionId is not null && message.Contains("not found", StringComparison.OrdinalIgnoreCase) =>
                TransactionGone(context),
            _ when IsTransientCode(code) => $"Neo4j could not do this for now and it may succeed if tried again ({code}): {message}",
            _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => $"Neo4j failed ({code}): {message}",
            _ => $"Neo4j refused the request ({(code.Length == 0 ? $"HTTP {status}" : code)}): {message}",
        };
        var transient = IsTransientCode(code);
        return new Neo4jException(text + context, code.Length == 0 ? null : code)
        {
            TransactionGone = context.TransactionId is not null && (code == "Neo.ClientError.Transaction.TransactionNotFound"
                || (code == "Neo.ClientError.Request.Invalid" && message.Contains("not found", StringComparison.OrdinalIgnoreCase))),
            IsTransient = transient,
            Statement = context.Statement,
            HttpStatus = status,
            Category = transient ? Neo4jErrorCategory.Transient
                : code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) ? Neo4jErrorCategory.Database
                : Neo4jErrorCategory.Client,
        };
    }

    public Neo4jException FromStatus(HttpStatusCode status, string? reason, string bodyStart, string path, RequestContext context)
    {
        var code = (int)status;
        var answered = $"{code} {reason}".TrimEnd() + (bodyStart.Length == 0 ? "" : $": {bodyStart}");
        var (text, category) = status switch
        {
            HttpStatusCode.Unauthorized => (Unauthorized(answered), Neo4jErrorCategory.Client),
            HttpStatusCode.NotFound when context.TransactionId is not null => (TransactionGone(context), Neo4jErrorCategory.Client),
            HttpStatusCode.NotFound => ($"The server at {_uri} does not offer the Query API v2 (Neo4j 5.25+ with server.http enabled) at {path}; " +
                $"check Store:Neo4j:Uri is Neo4j's HTTP address, e.g. http://localhost:7474. It answered {answered}", Neo4jErrorCategory.Protocol),
            HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                ($"Neo4j at {_uri} is busy or unavailable; it may succeed if tried again. It answered {answered}", Neo4jErrorCategory.Transient),
            _ => ($"Neo4j at {_uri} answered {answered}", code >= 500 ? Neo4jErrorCategory.Database : Neo4jErrorCategory.Protocol),
        };
        return new Neo4jException(text + context)
        {
            TransactionGone = context.TransactionId is not null && status == HttpStatusCode.NotFound,
            IsTransient = category == Neo4jErrorCategory.Transient,
            Statement = context.Statement,
            HttpStatus = code,
            Category = category,
        };
    }

    public Neo4jException Unreachable(Exception cause, RequestContext context) =>
        new($"Cannot reach Neo4j at {_uri} (is it running? Store:Neo4j:Uri): {cause.Message}{context}", null, cause)
        {
            IsTransient = true,
            Statement = context.Statement,
            Category = Neo4jErrorCategory.Connection,
        };

    public Neo4jException Unreadable(int status, string bodyStart, Exception? cause, RequestContext context) =>
        new($"Neo4j at {_uri} answered {status} with a body that is not the Query API's JSON (is Store:Neo4j:Uri Neo4j's HTTP address?): {bodyStart}{context}", null, cause)
        {
            Statement = context.Statement,
            HttpStatus = status,
            Category = Neo4jErrorCategory.Protocol,
        };

    /// <summary>
    /// Transient codes, less the two that mean the transaction was stopped on purpose, plus the cluster's
    /// "leader moved" answers, as Neo4j's drivers classify them.
    /// </summary>
    public static bool IsTransientCode(string? code) => code switch
    {
        null => false,
        "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped" => false,
        "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" => true,
        _ => code.StartsWith("Neo.TransientError.", StringComparison.Ordinal),
    };

    private string Unauthorized(string serverSaid) =>
        $"Neo4j refused the credentials of user '{options.User}' at {_uri}: check Store:Neo4j:User and Store:Neo4j:Password. Neo4j said: {serverSaid}";

    private static string TransactionGone(RequestContext context) =>
        $"Neo4j no longer knows transaction {context.TransactionId}: it expired after being idle longer than " +
        "server.queryapi.transaction_idle_timeout, or a load balancer sent the request to another cluster member. " +
        "Run the whole transaction again";
}
