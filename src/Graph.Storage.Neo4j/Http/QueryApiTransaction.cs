using Graph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// An explicit transaction of the Query API (https://neo4j.com/docs/query-api/current/transactions/): statements at
/// <c>POST .../tx/{id}</c>, commit at <c>POST .../tx/{id}/commit</c>, rollback with <c>DELETE .../tx/{id}</c>, each
/// carrying the <c>neo4j-cluster-affinity</c> header the server gave when it opened the transaction. Nothing in
/// it is retried: a failed statement ends the transaction on the server, and the failure's
/// <see cref="Neo4jException.IsTransient"/> tells the caller whether running the whole transaction again may help.
/// Not thread-safe: run its statements one after another.
/// </summary>
internal sealed class QueryApiTransaction : ICypherTransaction
{
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(5);

    private readonly QueryApiConnection _connection;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Action<IReadOnlyList<string>> _committed;
    private readonly string? _affinity;
    private State _state = State.Open;
    private bool _serverClosed;

    public QueryApiTransaction(QueryApiConnection connection, QueryApiResponse opened, TimeProvider time, ILogger logger,
        Action<IReadOnlyList<string>> committed)
    {
        _connection = connection;
        _time = time;
        _logger = logger;
        _committed = committed;
        Id = opened.TransactionId!;
        _affinity = opened.Affinity;
        Refresh(opened);
    }

    private enum State { Open, Committed, RolledBack, Failed }

    /// <summary>The server's id of the transaction.</summary>
    public string Id { get; }

    /// <summary>
    /// When the server will roll the transaction back if it hears nothing more, on this machine's clock: the
    /// server's <c>expires</c> minus its <c>Date</c> header is the time left, so clock skew does not matter.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public async Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(parameters);
        EnsureOpen(statement.Name);
        var body = RequestBody.Statement(statement, parameters, access: null, bookmarks: []);
        var response = await SendAsync(HttpMethod.Post, $"/tx/{Uri.EscapeDataString(Id)}", body, statement.Name, cancellationToken);
        Refresh(response);
        return response.Result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen("commit");
        var response = await SendAsync(HttpMethod.Post, $"/tx/{Uri.EscapeDataString(Id)}/commit", null, "commit", cancellationToken);
        _state = State.Committed;
        _committed(response.Bookmarks);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        switch (_state)
        {
            case State.Committed:
                throw new InvalidOperationException($"Neo4j transaction {Id} was committed; it can no longer be rolled back.");
            case State.RolledBack:
                return;
            case State.Failed when _serverClosed:
                // The server already rolled it back when the statement failed or the transaction expired.
                _state = State.RolledBack;
                return;
        }
        _state = State.RolledBack;
        try
        {
            await _connection.SendAsync(HttpMethod.Delete, $"/tx/{Uri.EscapeDataString(Id)}", null, _affinity,
                new RequestContext("rollback", Id), cancellationToken);
        }
        catch (Neo4jException gone) when (gone.TransactionGone)
        {
            _logger.LogDebug("Neo4j transaction {TransactionId} had already ended before its rollback", Id);
        }
    }

    /// <summary>Rolls back a transaction neither committed nor rolled back, as far as it can; never throws.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_state is State.Committed or State.RolledBack || (_state == State.Failed && _serverClosed))
            return;
        _state = State.Failed;
        _serverClosed = false;
        using var timeout = new CancellationTokenSource(RollbackTimeout);
        try
        {
            await RollbackAsync(timeout.Token);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Could not roll back Neo4j transaction {TransactionId}; the server drops it when it expires", Id);
        }
    }

    private async Task<QueryApiResponse> SendAsync(HttpMethod method, string path, byte[]? body, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await _connection.SendAsync(method, path, body, _affinity, new RequestContext(what, Id), cancellationToken);
        }
        catch (Exception e)
        {
            _state = State.Failed;
            // An answer with an error means the server ended the transaction; without one, it may still be open.
            _serverClosed = e is Neo4jException { HttpStatus: not null };
            throw;
        }
    }

    private void EnsureOpen(string what)
    {
        var ended = _state switch
        {
            State.Committed => "was committed",
            State.RolledBack => "was rolled back",
            State.Failed => "failed earlier",
            _ => null,
        };
        if (ended is not null)
            throw new InvalidOperationException($"Neo4j transaction {Id} {ended}; open a new one to {DescribeUse(what)}.");
        if (ExpiresAt is { } expires && _time.GetUtcNow() >= expires)
        {
            _state = State.Failed;
            _serverClosed = true;
            throw new Neo4jException(
                $"Neo4j transaction {Id} expired at {expires:O}, before {DescribeUse(what)}: Neo4j rolls back a transaction idle longer " +
                "than server.queryapi.transaction_idle_timeout (60 s by default). Run the whole transaction again, faster.")
            {
                Statement = what,
            };
        }
    }

    private static string DescribeUse(string what) => what == "commit" ? "commit" : $"run statement {what}";

    private void Refresh(QueryApiResponse response)
    {
        if (response.Expires is not { } expires)
            return;
        ExpiresAt = response.ServerDate is { } serverNow ? _time.GetUtcNow() + (expires - serverNow) : expires;
    }
}
