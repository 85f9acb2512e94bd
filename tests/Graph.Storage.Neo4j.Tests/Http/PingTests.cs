using System.Net;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Http;

public sealed class PingTests : IDisposable
{
    private readonly FakeQueryApi _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_ping_reports_the_version_and_edition_after_running_return_1_on_the_database()
    {
        _server.Reply(Recorded.Discovery, HttpStatusCode.OK, "application/json").Reply(Recorded.One);

        var info = await _server.Client().PingAsync();

        Assert.Equal(("5.26.0", "enterprise", "sanctions"), (info.Version, info.Edition, info.Database));
        Assert.Equal(new Uri("http://neo4j.test:7474"), info.Uri);
        Assert.Equal((HttpMethod.Get, "/"), (_server.Requests[0].Method, _server.Requests[0].Path));
        Assert.Equal("/db/sanctions/query/v2", _server.Requests[1].Path);
        Assert.Equal("RETURN 1 AS ok", _server.Requests[1].Json.GetProperty("statement").GetString());
        Assert.Equal("Read", _server.Requests[1].Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task A_server_without_a_discovery_document_still_answers_the_ping()
    {
        _server.Reply("", HttpStatusCode.NotFound, "text/plain").Reply(Recorded.One);

        var info = await _server.Client().PingAsync();

        Assert.Null(info.Version);
        Assert.Null(info.Edition);
    }

    [Fact]
    public async Task A_ping_with_wrong_credentials_fails_with_the_credentials_message()
    {
        _server.Reply(Recorded.Discovery, HttpStatusCode.OK, "application/json").Reply(Recorded.Unauthorized, HttpStatusCode.Unauthorized, "application/json");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => _server.Client().PingAsync());

        Assert.Contains("check Store:Neo4j:User and Store:Neo4j:Password", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_ping_of_an_unreachable_server_fails_at_once_without_retrying()
    {
        _server.Fail(new HttpRequestException("Name or service not known (neo4j.test:7474)")).Reply(Recorded.Discovery);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => _server.Client().PingAsync());

        Assert.StartsWith("Cannot reach Neo4j at http://neo4j.test:7474", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }
}
