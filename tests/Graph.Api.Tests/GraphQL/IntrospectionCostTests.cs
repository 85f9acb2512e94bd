using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

/// <summary>Introspection is priced by the real size of this schema, so what IDEs and GraphiQL send fits by design.</summary>
public sealed class IntrospectionCostTests : IDisposable
{
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public IntrospectionCostTests() => _client = _app.Client();

    [Theory]
    [InlineData("introspection-full.graphql")]
    [InlineData("introspection-graphiql.graphql")]
    public async Task The_standard_introspection_queries_are_accepted_and_cheap(string fixture)
    {
        // getIntrospectionQuery() of graphql-js 16.15: with every option, and as GraphiQL 3 sends it.
        var query = await File.ReadAllTextAsync(Repository.PathOf("tests", "Graph.Api.Tests", "GraphQL", "Fixtures", fixture));

        var (_, body) = await _client.SendAsync(query);

        Assert.True(body["errors"] is null, body["errors"]?.ToJsonString());
        Assert.Contains(body["data"]!["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Query");
        var cost = body["extensions"]!["cost"]!;
        Assert.True(cost["requested"]!.GetValue<int>() < cost["maxCost"]!.GetValue<int>() / 5, cost.ToJsonString());
    }

    [Fact]
    public async Task Introspection_nested_through_field_types_is_priced_per_type_and_refused()
    {
        var nested = "name";
        for (var i = 0; i < 4; i++) nested = $"fields {{ type {{ {nested} }} }}";

        var (_, body) = await _client.SendAsync($$"""{ __schema { types { {{nested}} } } }""");

        Assert.Equal("COST_LIMIT_EXCEEDED", body.OnlyErrorCode());
        Assert.True(body.HasNoData());
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
