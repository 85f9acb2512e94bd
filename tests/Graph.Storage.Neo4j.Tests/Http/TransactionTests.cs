using System.Net;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Http;

public sealed class TransactionTests : IDisposable
{
    private static readonly DateTimeOffset OpenedAt = new(2024, 10, 22, 15, 47, 29, TimeSpan.Zero);
    private readonly FakeQueryApi _server = new();
    private readonly ManualClock _clock = new(OpenedAt);

    public void Dispose() => _server.Dispose();

    private static (string, string)[] AffinityAndDate => [(QueryApiConnection.AffinityHeader, Recorded.Affinity), ("Date", Recorded.OpenedAt)];

    private async Task<ICypherTransaction> Open(QueryApiClient? client = null)
    {
        _server.Reply(Recorded.TransactionOpened, headers: AffinityAndDate);
        return await (client ?? _server.Client(time: _clock)).BeginTransactionAsync();
    }

    private static Task<CypherResult> RunBob(ICypherTransaction transaction) =>
        transaction.RunAsync(Some.Statement("person.merge", "MERGE (n:Person {name: $name}) RETURN n.name AS bob", "name"), Some.Parameters(("name", "Bob")));

    [Fact]
    public async Task Open_run_commit_uses_the_transaction_id_and_echoes_the_cluster_affinity()
    {
        var client = _server.Client(time: _clock);
        await using var transaction = await Open(client);
        _server.Reply(Recorded.TransactionRan, headers: AffinityAndDate).Reply(Recorded.TransactionCommitted, headers: AffinityAndDate);

        var result = await RunBob(transaction);
        await transaction.CommitAsync();

        Assert.Equal("Bob", Assert.Single(result.Rows)[0]);
        Assert.Collection(_server.Requests,
            open =>
            {
                Assert.Equal((HttpMethod.Post, "/db/sanctions/query/v2/tx"), (open.Method, open.Path));
                Assert.Null(open.Header(QueryApiConnection.AffinityHeader));
                Assert.StartsWith("Basic ", open.Header("Authorization"), StringComparison.Ordinal);
            },
            run =>
            {
                Assert.Equal((HttpMethod.Post, "/db/sanctions/query/v2/tx/lyU"), (run.Method, run.Path));
                Assert.Equal(Recorded.Affinity, run.Header(QueryApiConnection.AffinityHeader));
                Assert.Equal("MERGE (n:Person {name: $name}) RETURN n.name AS bob", run.Json.GetProperty("statement").GetString());
                Assert.Equal("Bob", run.Json.GetProperty("parameters").GetProperty("name").GetProperty("_value").GetString());
                Assert.False(run.Json.TryGetProperty("accessMode", out _));
            },
            commit =>
            {
                Assert.Equal((HttpMethod.Post, "/db/sanctions/query/v2/tx/lyU/commit"), (commit.Method, commit.Path));
                Assert.Equal(Recorded.Affinity, commit.Header(QueryApiConnection.AffinityHeader));
            });
        Assert.Equal(["FB:committed"], client.Bookmarks);
    }

    [Fact]
    public async Task A_transaction_waits_for_the_bookmarks_of_earlier_writes()
    {
        var client = _server.Client(time: _clock);
        _server.Reply(Recorded.Written("FB:earlier"));
        await client.RunAsync(Some.Statement("entity.upsert", "CREATE (e)"), Some.NoParameters, AccessMode.Write);

        await using var transaction = await Open(client);
        _server.Reply(Recorded.TransactionCommitted);
        await transaction.CommitAsync();

        Assert.Equal(["FB:earlier"], _server.Requests[1].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["FB:committed"], client.Bookmarks);
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back_with_delete()
    {
        await using (var transaction = await Open())
        {
            _server.Reply(Recorded.TransactionRan).Reply("{}", headers: AffinityAndDate);
            await RunBob(transaction);
        }

        var rollback = _server.Requests[^1];
        Assert.Equal((HttpMethod.Delete, "/db/sanctions/query/v2/tx/lyU"), (rollback.Method, rollback.Path));
        Assert.Equal(Recorded.Affinity, rollback.Header(QueryApiConnection.AffinityHeader));
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task After_an_explicit_rollback_disposing_sends_nothing_more()
    {
        var transaction = await Open();
        _server.Reply("{}");

        await transaction.RollbackAsync();
        await transaction.DisposeAsync();

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(HttpMethod.Delete, _server.Requests[1].Method);
    }

    [Fact]
    public async Task Disposing_never_throws_even_when_the_rollback_fails()
    {
        var transaction = await Open();
        _server.Fail(new HttpRequestException("Connection reset by peer"));

        await transaction.DisposeAsync();

        Assert.Equal(HttpMethod.Delete, _server.Requests[^1].Method);
    }

    [Fact]
    public async Task Using_a_committed_transaction_is_a_clear_error()
    {
        var transaction = await Open();
        _server.Reply(Recorded.TransactionCommitted);
        await transaction.CommitAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunBob(transaction));
        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.RollbackAsync());
        await transaction.DisposeAsync();

        Assert.Equal("Neo4j transaction lyU was committed; open a new one to run statement person.merge.", error.Message);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Using_a_transaction_past_its_expiry_is_a_clear_error_without_asking_the_server()
    {
        var transaction = await Open();
        _clock.Advance(TimeSpan.FromSeconds(61));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunBob(transaction));
        await transaction.DisposeAsync();

        Assert.StartsWith("Neo4j transaction lyU expired at 2024-10-22T15:48:29", error.Message, StringComparison.Ordinal);
        Assert.Contains("person.merge", error.Message, StringComparison.Ordinal);
        Assert.Contains("server.queryapi.transaction_idle_timeout", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Expiry_is_measured_from_the_servers_clock_so_skew_does_not_matter()
    {
        _clock.Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var transaction = (QueryApiTransaction)await Open();
        _clock.Advance(TimeSpan.FromSeconds(30));
        _server.Reply(Recorded.TransactionRan, headers: AffinityAndDate);

        await RunBob(transaction);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(_clock.Now + TimeSpan.FromSeconds(120), transaction.ExpiresAt);
    }

    [Fact]
    public async Task A_transaction_the_server_no_longer_knows_is_reported_as_such()
    {
        var transaction = await Open();
        _server.Reply(Recorded.TransactionNotFound);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunBob(transaction));
        await transaction.DisposeAsync();

        Assert.StartsWith("Neo4j no longer knows transaction lyU", error.Message, StringComparison.Ordinal);
        Assert.Contains("Run the whole transaction again", error.Message, StringComparison.Ordinal);
        Assert.Contains("person.merge", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_404_on_the_transaction_path_means_the_transaction_is_gone()
    {
        var transaction = await Open();
        _server.Reply("", HttpStatusCode.NotFound, "text/plain");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => transaction.CommitAsync());

        Assert.StartsWith("Neo4j no longer knows transaction lyU", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Query API v2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_statement_is_not_retried_but_marked_transient_and_ends_the_transaction()
    {
        var transaction = await Open();
        _server.Reply(Recorded.Deadlock).Reply(Recorded.TransactionRan);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunBob(transaction));
        var reuse = await Assert.ThrowsAsync<InvalidOperationException>(() => RunBob(transaction));
        await transaction.DisposeAsync();

        Assert.True(error.IsTransient);
        Assert.Contains("person.merge in transaction lyU", error.Message, StringComparison.Ordinal);
        Assert.Contains("failed earlier", reuse.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_lost_connection_inside_a_transaction_is_not_retried_and_disposing_tries_a_rollback()
    {
        var transaction = await Open();
        _server.Fail(new HttpRequestException("Connection reset by peer")).Reply("{}");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => RunBob(transaction));
        await transaction.DisposeAsync();

        Assert.True(error.IsTransient);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(HttpMethod.Delete, _server.Requests[2].Method);
    }

    [Fact]
    public async Task Rolling_back_a_transaction_the_server_already_dropped_succeeds()
    {
        var transaction = await Open();
        _server.Reply(Recorded.TransactionNotFound, HttpStatusCode.NotFound, "application/json");

        await transaction.RollbackAsync();

        Assert.Equal(HttpMethod.Delete, _server.Requests[^1].Method);
    }

    [Fact]
    public async Task An_answer_to_opening_without_a_transaction_id_is_a_protocol_error()
    {
        _server.Reply(Recorded.One);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => _server.Client().BeginTransactionAsync());

        Assert.Equal(Neo4jErrorCategory.Protocol, error.Category);
        Assert.Contains("without a transaction id", error.Message, StringComparison.Ordinal);
    }
}
