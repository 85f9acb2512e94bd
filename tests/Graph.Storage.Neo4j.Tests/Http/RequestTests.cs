using System.Text;
using System.Text.Json;
using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Http;

public sealed class RequestTests : IDisposable
{
    private readonly FakeQueryApi _server = new();

    public void Dispose() => _server.Dispose();

    private async Task<RecordedRequest> Send(IReadOnlyDictionary<string, object?> parameters, AccessMode access = AccessMode.Write)
    {
        _server.Reply(Recorded.Written("FB:w"));
        await _server.Client().RunAsync(Some.Statement("entity.upsert", "UNWIND $rows AS row MERGE (e:Entity {id: row.id})", "rows"),
            parameters, access);
        return Assert.Single(_server.Requests);
    }

    private static (string Type, JsonElement Value) Typed(JsonElement element) =>
        (element.GetProperty("$type").GetString()!, element.GetProperty("_value"));

    [Fact]
    public async Task A_statement_is_posted_to_the_databases_query_endpoint_with_credentials_and_typed_json()
    {
        var request = await Send(Some.Parameters(("rows", Array.Empty<object>())));

        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://neo4j.test:7474/db/sanctions/query/v2", request.Uri.ToString());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")), request.Header("Authorization"));
        Assert.StartsWith("application/vnd.neo4j.query", request.Header("Accept"), StringComparison.Ordinal);
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
        Assert.Equal("UNWIND $rows AS row MERGE (e:Entity {id: row.id})", request.Json.GetProperty("statement").GetString());
        Assert.Null(request.Header(QueryApiConnection.AffinityHeader));
    }

    [Fact]
    public async Task A_server_address_with_a_path_keeps_it()
    {
        var options = Some.Options();
        options.Uri = new Uri("https://proxy.test/neo4j/");
        _server.Reply(Recorded.One);

        await _server.Client(options: options).RunAsync(Some.Statement("ping", "RETURN 1"), Some.NoParameters, AccessMode.Read);

        Assert.Equal("https://proxy.test/neo4j/db/sanctions/query/v2", Assert.Single(_server.Requests).Uri.ToString());
    }

    [Fact]
    public async Task Without_a_user_no_credentials_are_sent()
    {
        var options = Some.Options();
        options.User = "";
        _server.Reply(Recorded.One);

        await _server.Client(options: options).RunAsync(Some.Statement("ping", "RETURN 1"), Some.NoParameters, AccessMode.Read);

        Assert.Null(Assert.Single(_server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Reads_ask_the_cluster_for_a_reader_and_writes_do_not()
    {
        var read = await Send(Some.Parameters(("rows", Array.Empty<object>())), AccessMode.Read);
        Assert.Equal("Read", read.Json.GetProperty("accessMode").GetString());

        _server.Requests.Clear();
        var write = await Send(Some.Parameters(("rows", Array.Empty<object>())), AccessMode.Write);
        Assert.False(write.Json.TryGetProperty("accessMode", out _));
    }

    [Fact]
    public async Task Scalars_are_sent_with_their_cypher_types()
    {
        var request = await Send(Some.Parameters(
            ("rows", null), ("name", "Sadio Camara"), ("count", 3), ("big", 9007199254740993L), ("score", 1.0),
            ("odd", double.NaN), ("listed", true), ("photo", new byte[] { 3, 0x6F, 0xBF }),
            ("on", new DateOnly(2023, 7, 24)), ("at", new DateTimeOffset(2023, 7, 24, 12, 30, 0, TimeSpan.FromHours(2)))));

        var parameters = request.Json.GetProperty("parameters");
        (string, string?) Of(string name)
        {
            var (type, value) = Typed(parameters.GetProperty(name));
            return (type, value.ValueKind == JsonValueKind.Null ? null : value.ToString());
        }
        Assert.Equal(("Null", null), Of("rows"));
        Assert.Equal(("String", "Sadio Camara"), Of("name"));
        Assert.Equal(("Integer", "3"), Of("count"));
        Assert.Equal(("Integer", "9007199254740993"), Of("big"));
        Assert.Equal(("Float", "1"), Of("score"));
        Assert.Equal(("Float", "NaN"), Of("odd"));
        Assert.Equal(("Boolean", "True"), Of("listed"));
        Assert.Equal(("Base64", "A2+/"), Of("photo"));
        Assert.Equal(("Date", "2023-07-24"), Of("on"));
        Assert.Equal(("OffsetDateTime", "2023-07-24T12:30:00+02:00"), Of("at"));
        Assert.Equal(JsonValueKind.True, parameters.GetProperty("listed").GetProperty("_value").ValueKind);
    }

    [Fact]
    public async Task Lists_of_maps_with_nested_lists_and_maps_are_sent_whole_for_unwind()
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>
        {
            Some.Parameters(("id", "sadio-camara"), ("aliases", new[] { "CAMARA, Sadio", "Sadio Camara" }),
                ("source", new Dictionary<string, object?> { ["title"] = "Treasury", ["pages"] = new List<int> { 1, 2 } })),
            Some.Parameters(("id", "assimi-goita"), ("aliases", Array.Empty<string>()), ("source", null)),
        };

        var request = await Send(Some.Parameters(("rows", rows)));

        var (type, list) = Typed(request.Json.GetProperty("parameters").GetProperty("rows"));
        Assert.Equal("List", type);
        Assert.Equal(2, list.GetArrayLength());
        var (firstType, first) = Typed(list[0]);
        Assert.Equal("Map", firstType);
        Assert.Equal(("String", "sadio-camara"), (Typed(first.GetProperty("id")).Type, Typed(first.GetProperty("id")).Value.GetString()));
        var (aliasesType, aliases) = Typed(first.GetProperty("aliases"));
        Assert.Equal("List", aliasesType);
        Assert.Equal(["CAMARA, Sadio", "Sadio Camara"], aliases.EnumerateArray().Select(a => Typed(a).Value.GetString()));
        var (_, source) = Typed(first.GetProperty("source"));
        var (_, pages) = Typed(source.GetProperty("pages"));
        Assert.Equal(["Integer", "Integer"], pages.EnumerateArray().Select(p => Typed(p).Type));
        Assert.Equal("Null", Typed(Typed(list[1]).Value.GetProperty("source")).Type);
        Assert.Equal(0, Typed(Typed(list[1]).Value.GetProperty("aliases")).Value.GetArrayLength());
    }

    [Fact]
    public async Task A_parameter_the_statement_uses_but_was_not_given_is_refused_before_sending()
    {
        var client = _server.Client();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.RunAsync(Some.Statement("entity.byId", "MATCH (e {id: $id}) RETURN e", "id"), Some.NoParameters, AccessMode.Read));

        Assert.Contains("entity.byId", error.Message, StringComparison.Ordinal);
        Assert.Contains("$id", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_value_cypher_cannot_hold_is_refused_naming_where_it_is()
    {
        var rows = new[] { Some.Parameters(("id", "a")), Some.Parameters(("id", "b"), ("when", new Uri("http://x.test"))) };
        var client = _server.Client();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.RunAsync(Some.Statement("entity.upsert", "UNWIND $rows AS row RETURN row", "rows"), Some.Parameters(("rows", rows)), AccessMode.Write));

        Assert.Contains("$rows[1].when", error.Message, StringComparison.Ordinal);
        Assert.Contains("entity.upsert", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Writes_leave_bookmarks_that_later_statements_wait_for_and_reads_do_not_replace_them()
    {
        var client = _server.Client();
        var upsert = Some.Statement("entity.upsert", "CREATE (e:Entity)");
        var read = Some.Statement("entity.count", "MATCH (e) RETURN count(e)");
        _server.Reply(Recorded.Written("FB:first")).Reply(Recorded.TwoNames).Reply(Recorded.One);

        await client.RunAsync(upsert, Some.NoParameters, AccessMode.Write);
        await client.RunAsync(read, Some.NoParameters, AccessMode.Read);
        await client.RunAsync(read, Some.NoParameters, AccessMode.Read);

        Assert.False(_server.Requests[0].Json.TryGetProperty("bookmarks", out _));
        Assert.Equal(["FB:first"], _server.Requests[1].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["FB:first"], _server.Requests[2].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["FB:first"], client.Bookmarks);
    }

    [Fact]
    public async Task A_later_write_replaces_the_bookmark_it_waited_for()
    {
        var client = _server.Client();
        var upsert = Some.Statement("entity.upsert", "CREATE (e:Entity)");
        _server.Reply(Recorded.Written("FB:first")).Reply(Recorded.Written("FB:second"));

        await client.RunAsync(upsert, Some.NoParameters, AccessMode.Write);
        await client.RunAsync(upsert, Some.NoParameters, AccessMode.Write);

        Assert.Equal(["FB:second"], client.Bookmarks);
    }

    [Theory]
    [InlineData(null, "Store:Neo4j:Uri is not set")]
    [InlineData("bolt://localhost:7687", "not a bolt://")]
    public void Options_without_an_http_address_are_refused_naming_the_key(string? uri, string expected)
    {
        var options = Some.Options();
        options.Uri = uri is null ? null : new Uri(uri);
        using var http = new HttpClient(_server, disposeHandler: false);

        var error = Assert.Throws<ArgumentException>(() => new QueryApiClient(http, options));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("Store:Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }
}
