using System.Net;
using System.Net.Sockets;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Http;

public sealed class ErrorTests : IDisposable
{
    private readonly FakeQueryApi _server = new();

    public void Dispose() => _server.Dispose();

    private Task<Neo4jException> Fails() => Assert.ThrowsAsync<Neo4jException>(() =>
        _server.Client(RetryPolicy.None).RunAsync(Some.Statement("entity.upsert", "CREATE (e:Entity)"), Some.NoParameters, AccessMode.Write));

    [Fact]
    public async Task Errors_in_an_accepted_answer_fail_the_statement_and_name_it()
    {
        _server.Reply(Recorded.SyntaxError, HttpStatusCode.Accepted);

        var error = await Fails();

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'RETRN'", error.Message, StringComparison.Ordinal);
        Assert.Contains("entity.upsert", error.Message, StringComparison.Ordinal);
        Assert.Equal("entity.upsert", error.Statement);
        Assert.False(error.IsTransient);
        Assert.Equal(Neo4jErrorCategory.Client, error.Category);
    }

    [Fact]
    public async Task Errors_in_a_4xx_answer_are_read_like_any_other()
    {
        _server.Reply(Recorded.SyntaxError, HttpStatusCode.BadRequest, "application/json");

        var error = await Fails();

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public async Task Wrong_credentials_name_the_user_the_address_and_the_keys_to_check()
    {
        _server.Reply(Recorded.Unauthorized, HttpStatusCode.Unauthorized, "application/json");

        var error = await Fails();

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.StartsWith("Neo4j refused the credentials of user 'neo4j' at http://neo4j.test:7474: check Store:Neo4j:User and Store:Neo4j:Password",
            error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid username or password.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_without_a_body_still_says_to_check_the_credentials()
    {
        _server.Reply("", HttpStatusCode.Unauthorized, "text/plain");

        var error = await Fails();

        Assert.Contains("Store:Neo4j:Password", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Code);
    }

    [Theory]
    [InlineData(HttpStatusCode.Accepted)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task A_missing_database_is_named_with_its_key(HttpStatusCode status)
    {
        _server.Reply(Recorded.DatabaseNotFound, status, "application/json");

        var error = await Fails();

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        Assert.Contains("no database 'sanctions'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Store:Neo4j:Database", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Query API v2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_constraint_violation_says_so_with_the_servers_message()
    {
        _server.Reply(Recorded.ConstraintViolation);

        var error = await Fails();

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.StartsWith("Constraint violation in Neo4j: Node(12) already exists with label `Entity` and property `id` = 'sadio-camara'",
            error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(statement entity.upsert)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_404_without_errors_means_the_server_has_no_query_api()
    {
        _server.Reply("<html><body>Not Found</body></html>", HttpStatusCode.NotFound, "text/html");

        var error = await Fails();

        Assert.StartsWith("The server at http://neo4j.test:7474 does not offer the Query API v2 (Neo4j 5.25+ with server.http enabled)",
            error.Message, StringComparison.Ordinal);
        Assert.Contains("/db/sanctions/query/v2", error.Message, StringComparison.Ordinal);
        Assert.Equal(Neo4jErrorCategory.Protocol, error.Category);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_reported_with_the_status_and_its_start()
    {
        _server.Reply("Internal Server Error: java.lang.IllegalStateException: boom", HttpStatusCode.InternalServerError, "text/plain");

        var error = await Fails();

        Assert.Contains("500 Internal Server Error: Internal Server Error: java.lang.IllegalStateException: boom", error.Message, StringComparison.Ordinal);
        Assert.Equal(500, error.HttpStatus);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_long_error_body_is_cut_short()
    {
        _server.Reply(new string('x', 5000), HttpStatusCode.InternalServerError, "text/plain");

        var error = await Fails();

        Assert.InRange(error.Message.Length, 300, 600);
        Assert.Contains("…", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_success_status_with_a_body_that_is_not_json_is_a_protocol_error()
    {
        _server.Reply("<html>Welcome to nginx!</html>", HttpStatusCode.OK, "text/html");

        var error = await Fails();

        Assert.Equal(Neo4jErrorCategory.Protocol, error.Category);
        Assert.Contains("not the Query API's JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("Welcome to nginx!", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxys_bad_gateway_page_is_transient_and_quoted()
    {
        _server.Reply(Recorded.ProxyBadGateway, HttpStatusCode.BadGateway, "text/html");

        var error = await Fails();

        Assert.True(error.IsTransient);
        Assert.Equal(Neo4jErrorCategory.Transient, error.Category);
        Assert.Contains("502 Bad Gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_says_where_it_was_looked_for()
    {
        _server.Fail(new HttpRequestException("Connection refused (neo4j.test:7474)", new SocketException((int)SocketError.ConnectionRefused)));

        var error = await Fails();

        Assert.StartsWith("Cannot reach Neo4j at http://neo4j.test:7474 (is it running? Store:Neo4j:Uri)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("entity.upsert", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
        Assert.Equal(Neo4jErrorCategory.Connection, error.Category);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_unreachable_too()
    {
        _server.Fail(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing."));

        var error = await Fails();

        Assert.StartsWith("Cannot reach Neo4j at http://neo4j.test:7474", error.Message, StringComparison.Ordinal);
        Assert.Contains("no answer within", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Cancelling_is_not_turned_into_a_neo4j_failure()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var client = _server.Client();
        _server.Reply(Recorded.One);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.RunAsync(Some.Statement("ping", "RETURN 1"), Some.NoParameters, AccessMode.Read, cancel.Token));
        Assert.Single(_server.Requests);
    }
}
