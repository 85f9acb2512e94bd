using Graph.Storage.Neo4j.Http;

namespace Graph.Storage.Neo4j.Tests.Http;

public sealed class ValueDecodingTests : IDisposable
{
    private readonly FakeQueryApi _server = new();

    public void Dispose() => _server.Dispose();

    private async Task<Func<string, object?>> RowOf(string recorded)
    {
        _server.Reply(recorded);
        var result = await _server.Client().RunAsync(Some.Statement(), Some.Parameters(("id", "x")), AccessMode.Read);
        var row = Assert.Single(result.Rows);
        Assert.Equal(result.Fields.Count, row.Count);
        return field => row[result.IndexOf(field)];
    }

    [Fact]
    public async Task Scalars_decode_to_null_bool_long_double_string_and_bytes()
    {
        var value = await RowOf(Recorded.EveryType);

        Assert.Null(value("null"));
        Assert.Equal(true, value("bool"));
        Assert.Equal(9007199254740993L, value("intText"));
        Assert.Equal(-42L, value("intNumber"));
        Assert.Equal(4.56, value("float"));
        Assert.Equal(3.2e9, value("floatExp"));
        Assert.True(double.IsNaN(Assert.IsType<double>(value("nan"))));
        Assert.Equal(double.PositiveInfinity, value("inf"));
        Assert.Equal(double.NegativeInfinity, value("negInf"));
        Assert.Equal("Assimi Goïta", value("text"));
        Assert.Equal(new byte[] { 0x03, 0x6F, 0xBF }, value("bytes"));
    }

    [Fact]
    public async Task Lists_and_maps_decode_recursively_to_read_only_collections()
    {
        var value = await RowOf(Recorded.EveryType);

        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(value("list"));
        Assert.Equal(new object?[] { "A", 2L }, list);
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value("map"));
        Assert.Equal("A", map["fieldA"]);
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["nested"]);
        Assert.Equal(1L, nested["n"]);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, object?>)map).Add("x", 1));
    }

    [Theory]
    [InlineData("date", "2015-03-26")]
    [InlineData("time", "12:50:35.556+01:00")]
    [InlineData("localTime", "12:50:35.556")]
    [InlineData("dateTime", "2015-11-21T21:40:32.142Z[Antarctica/Troll]")]
    [InlineData("zoned", "2015-11-21T21:40:32.142Z[Antarctica/Troll]")]
    [InlineData("offset", "2015-11-21T21:40:32.142Z")]
    [InlineData("localDateTime", "2015-07-04T19:32:24")]
    [InlineData("duration", "P14DT16H12M")]
    [InlineData("point", "SRID=7203;POINT (1.2 3.4)")]
    public async Task Temporal_values_durations_and_points_keep_the_servers_text(string field, string expected)
    {
        var value = await RowOf(Recorded.EveryType);

        Assert.Equal(expected, value(field));
    }

    [Fact]
    public async Task A_node_decodes_to_its_properties_with_element_id_and_labels()
    {
        var value = await RowOf(Recorded.EveryType);

        var node = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value("node"));
        Assert.Equal("sadio-camara", node["id"]);
        Assert.Equal(1979L, node["born"]);
        Assert.Equal("4:ff04:2", node["_element_id"]);
        Assert.Equal(new[] { "Entity", "Person" }, Assert.IsAssignableFrom<IReadOnlyList<string>>(node["_labels"]));
        Assert.Equal(4, node.Count);
    }

    [Fact]
    public async Task A_relationship_decodes_to_its_properties_with_type_and_end_nodes()
    {
        var value = await RowOf(Recorded.EveryType);

        var relationship = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value("rel"));
        Assert.Equal("minister", relationship["role"]);
        Assert.Equal("MEMBER_OF", relationship["_type"]);
        Assert.Equal("5:ff04:7", relationship["_element_id"]);
        Assert.Equal("4:ff04:2", relationship["_start_node_element_id"]);
        Assert.Equal("4:ff04:3", relationship["_end_node_element_id"]);
    }

    [Fact]
    public async Task A_path_decodes_to_its_nodes_and_relationships_in_order()
    {
        var value = await RowOf(Recorded.EveryType);

        var path = Assert.IsAssignableFrom<IReadOnlyList<object?>>(value("path"));
        Assert.Collection(path,
            n => Assert.Equal("4:ff04:2", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(n)["_element_id"]),
            r => Assert.Equal("MEMBER_OF", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(r)["_type"]),
            n => Assert.Equal("4:ff04:3", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(n)["_element_id"]));
    }

    [Fact]
    public async Task Plain_json_answers_decode_like_typed_ones()
    {
        _server.Reply(Recorded.PlainJson, contentType: "application/json");
        var result = await _server.Client().RunAsync(Some.Statement(), Some.Parameters(("id", "x")), AccessMode.Read);

        var row = Assert.Single(result.Rows);
        var node = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[0]);
        Assert.Equal("Alice", node["name"]);
        Assert.Equal(42L, node["age"]);
        Assert.Equal(new[] { "Person" }, Assert.IsAssignableFrom<IReadOnlyList<string>>(node["_labels"]));
        Assert.Equal("Alice", row[1]);
        Assert.Equal(42L, row[2]);
        Assert.Equal(1.5, row[3]);
        Assert.Equal(new object?[] { "a", "b" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[4]));
        Assert.Equal("KNOWS", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[5])["_type"]);
    }

    [Fact]
    public async Task Several_rows_keep_their_order()
    {
        _server.Reply(Recorded.TwoNames);
        var result = await _server.Client().RunAsync(Some.Statement(), Some.Parameters(("id", "x")), AccessMode.Read);

        Assert.Equal(["name"], result.Fields);
        Assert.Equal(["Alice", "Bob"], result.Rows.Select(r => (string?)r[0]));
    }

    [Fact]
    public void Asking_for_a_missing_column_names_the_columns_there_are()
    {
        var result = new CypherResult(["id", "name"], []);

        var error = Assert.Throws<KeyNotFoundException>(() => result.IndexOf("kind"));

        Assert.Contains("'kind'", error.Message, StringComparison.Ordinal);
        Assert.Contains("id, name", error.Message, StringComparison.Ordinal);
    }
}
