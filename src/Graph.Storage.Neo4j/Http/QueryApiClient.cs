using Graph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Storage.Neo4j.Http;

/// <summary>
/// Runs Cypher through Neo4j's HTTP Query API v2 (https://neo4j.com/docs/query-api/current/): auto-commit
/// statements at <c>POST {Uri}/db/{Database}/query/v2</c>, explicit transactions under <c>.../query/v2/tx</c>.
/// Parameters go as typed JSON and values come back decoded as <see cref="TypedValues"/> describes. Transient
/// failures of auto-commit statements and of opening a transaction are retried with <see cref="RetryPolicy"/>;
/// the bookmarks of this client's writes make later reads causally consistent on a cluster. Thread-safe.
/// </summary>
public sealed class QueryApiClient : ICypherRunner
{
    private static readonly CypherStatement Ping = new("ping", "RETURN 1 AS ok");

    private readonly Neo4jStoreOptions _options;
    private readonly QueryApiConnection _connection;
    private readonly RetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Bookmarks _bookmarks = new();

    /// <param name="http">The client to send with; its <see cref="HttpClient.Timeout"/> bounds each request.</param>
    /// <param name="options">Where the server is and how to log in; <see cref="Neo4jStoreOptions.Uri"/> is required.
    /// An empty <see cref="Neo4jStoreOptions.User"/> sends no credentials (a server without authentication).</param>
    /// <param name="logger">Hears of retries and failed rollbacks; requests are logged at Debug.</param>
    /// <param name="retry">How transient failures are retried; <see cref="RetryPolicy.Default"/> when null.</param>
    /// <param name="time">The clock for backoff and transaction expiry; the system's when null.</param>
    public QueryApiClient(HttpClient http, Neo4jStoreOptions options, ILogger<QueryApiClient>? logger = null,
        RetryPolicy? retry = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _retry = retry ?? RetryPolicy.Default;
        _time = time ?? TimeProvider.System;
        _connection = new QueryApiConnection(http, options, _logger, _time);
    }

    /// <summary>The bookmarks the next statement or transaction will wait for.</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks.Current;

    /// <inheritdoc />
    public async Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters,
        AccessMode access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(parameters);
        var bookmarks = _bookmarks.Current;
        var body = RequestBody.Statement(statement, parameters, access, bookmarks);
        var context = new RequestContext(statement.Name);
        var response = await _retry.ExecuteAsync(
            token => _connection.SendAsync(HttpMethod.Post, "", body, null, context, token),
            (failure, attempt, delay) => LogRetry(failure, attempt, delay, context), _time, cancellationToken);
        if (access == AccessMode.Write)
            _bookmarks.Replace(bookmarks, response.Bookmarks);
        return response.Result;
    }

    /// <inheritdoc />
    public async Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        var bookmarks = _bookmarks.Current;
        var context = new RequestContext("begin transaction");
        var response = await _retry.ExecuteAsync(
            token => _connection.SendAsync(HttpMethod.Post, "/tx", RequestBody.Begin(bookmarks), null, context, token),
            (failure, attempt, delay) => LogRetry(failure, attempt, delay, context), _time, cancellationToken);
        if (response.TransactionId is null)
        {
            throw new Neo4jException($"Neo4j at {_options.Uri} answered the request to open a transaction without a transaction id.")
            {
                Category = Neo4jErrorCategory.Protocol,
            };
        }
        _logger.LogDebug("Opened Neo4j transaction {TransactionId} until {Expires}", response.TransactionId, response.Expires);
        return new QueryApiTransaction(_connection, response, _time, _logger,
            received => _bookmarks.Replace(bookmarks, received));
    }

    /// <summary>
    /// Checks the server cheaply for health and readiness: reads the discovery document at the root for the
    /// version and edition (not offered everywhere, so optional), then runs <c>RETURN 1</c> on the database, which
    /// proves the address, the Query API, the credentials and the database. Not retried.
    /// </summary>
    /// <exception cref="Neo4jException">The server is unreachable or refused; the message says what to check.</exception>
    public async Task<Neo4jServerInfo> PingAsync(CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var (version, edition) = await _connection.DiscoverAsync(cancellationToken);
        var body = RequestBody.Statement(Ping, new Dictionary<string, object?>(), AccessMode.Read, []);
        await _connection.SendAsync(HttpMethod.Post, "", body, null, new RequestContext(Ping.Name), cancellationToken);
        return new Neo4jServerInfo(_options.Uri!, _options.Database, version, edition, _time.GetElapsedTime(started));
    }

    private void LogRetry(Neo4jException failure, int attempt, TimeSpan delay, RequestContext context) =>
        _logger.LogWarning("Neo4j attempt {Attempt}{Context} failed ({Code}); retrying in {DelayMs} ms: {Message}",
            attempt, context.ToString(), failure.Code ?? failure.Category.ToString(), (long)delay.TotalMilliseconds, failure.Message);

    private static void Validate(Neo4jStoreOptions options)
    {
        if (options.Uri is null)
            throw new ArgumentException("Store:Neo4j:Uri is not set: give Neo4j's HTTP address, e.g. http://localhost:7474.", nameof(options));
        if (!options.Uri.IsAbsoluteUri || (options.Uri.Scheme != Uri.UriSchemeHttp && options.Uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Store:Neo4j:Uri is {options.Uri}, but the Query API needs Neo4j's http:// or https:// address " +
                "(e.g. http://localhost:7474), not a bolt:// or neo4j:// one.", nameof(options));
        }
        if (string.IsNullOrWhiteSpace(options.Database))
            throw new ArgumentException("Store:Neo4j:Database is empty: name the database to use, e.g. neo4j.", nameof(options));
    }
}
