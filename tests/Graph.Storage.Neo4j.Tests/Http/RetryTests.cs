using System.Net;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Http;

public sealed class RetryTests : IDisposable
{
    private readonly FakeQueryApi _server = new();

    public void Dispose() => _server.Dispose();

    private Task<CypherResult> Run(RetryPolicy? retry = null) =>
        _server.Client(retry).RunAsync(Some.Statement("entity.count", "MATCH (e) RETURN e.name AS name"), Some.NoParameters, AccessMode.Read);

    [Fact]
    public async Task A_transient_error_is_retried_until_the_statement_succeeds()
    {
        _server.Reply(Recorded.Deadlock).Reply(Recorded.Deadlock).Reply(Recorded.TwoNames);

        var result = await Run();

        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(_server.Requests[0].Body, _server.Requests[2].Body);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task A_busy_server_is_retried(HttpStatusCode status)
    {
        _server.Reply("", status, "text/plain").Reply(Recorded.TwoNames);

        await Run();

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_connection_failure_is_retried()
    {
        _server.Fail(new HttpRequestException("Connection refused")).Reply(Recorded.TwoNames);

        await Run();

        Assert.Equal(2, _server.Requests.Count);
    }

    [Theory]
    [InlineData(nameof(Recorded.SyntaxError))]
    [InlineData(nameof(Recorded.ConstraintViolation))]
    [InlineData(nameof(Recorded.Unauthorized))]
    public async Task A_client_error_is_not_retried(string recorded)
    {
        var body = (string)typeof(Recorded).GetField(recorded)!.GetValue(null)!;
        _server.Reply(body).Reply(Recorded.TwoNames);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Run());

        Assert.Single(_server.Requests);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_terminated_transaction_is_not_retried_though_its_code_is_transient()
    {
        _server.Reply("""{"errors": [{"code": "Neo.TransientError.Transaction.Terminated", "message": "terminated"}]}""").Reply(Recorded.TwoNames);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Run());

        Assert.Single(_server.Requests);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task When_the_attempts_run_out_the_last_transient_failure_is_thrown()
    {
        for (var i = 0; i < 5; i++)
            _server.Reply(Recorded.Deadlock);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Run(Some.FastRetries with { MaxAttempts = 3 }));

        Assert.Equal(3, _server.Requests.Count);
        Assert.True(error.IsTransient);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
    }

    [Fact]
    public async Task No_retry_starts_past_the_time_budget()
    {
        _server.Reply(Recorded.Deadlock).Reply(Recorded.TwoNames);

        await Assert.ThrowsAsync<Neo4jException>(() => Run(Some.FastRetries with { MaxElapsed = TimeSpan.Zero }));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Opening_a_transaction_is_retried()
    {
        _server.Reply("", HttpStatusCode.ServiceUnavailable, "text/plain").Reply(Recorded.TransactionOpened);

        await using var transaction = await _server.Client().BeginTransactionAsync();

        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("/db/sanctions/query/v2/tx", r.Path));
        _server.Reply("{}");
    }

    [Fact]
    public void Pauses_double_from_the_initial_delay_up_to_the_maximum_with_jitter_below_them()
    {
        var policy = new RetryPolicy { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(350), Jitter = 0.5 };

        Assert.Equal(TimeSpan.FromMilliseconds(100), policy.DelayBefore(1, 1.0));
        Assert.Equal(TimeSpan.FromMilliseconds(50), policy.DelayBefore(1, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(200), policy.DelayBefore(2, 1.0));
        Assert.Equal(TimeSpan.FromMilliseconds(350), policy.DelayBefore(3, 1.0));
        Assert.Equal(TimeSpan.FromMilliseconds(175), policy.DelayBefore(9, 0));
    }
}
