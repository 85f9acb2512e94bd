using System.Diagnostics;
using System.Net;
using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

/// <summary>Query cost that cannot be dodged: priced for the actual variables, fragments expanded, before anything runs.</summary>
public sealed class CostTests : IAsyncLifetime
{
    private const int Budget = 250_000;
    private readonly GraphApp _app;
    private CountingStore? _store;
    private HttpClient _client = null!;

    public CostTests() => _app = new GraphApp(services: CountingStore.Around(store => _store = store));

    public async Task InitializeAsync()
    {
        _client = _app.Client();
        await HubGraph.WriteAsync(_app.Services);
    }

    [Fact]
    public async Task A_nine_level_relationships_query_on_a_hub_is_refused_with_its_cost_before_it_runs()
    {
        _store!.Calls.Clear();

        var (status, body) = await _client.SendAsync(
            """{entity(id:"hub"){relationships{to{relationships{to{relationships{to{relationships{id}}}}}}}}}""", accept: GraphQLPost.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("COST_LIMIT_EXCEEDED", body.OnlyErrorCode());
        var extensions = body["errors"]![0]!["extensions"]!;
        Assert.True(extensions["cost"]!.GetValue<int>() > (long)Math.Pow(HubGraph.HubDegree, 3), extensions.ToJsonString());
        Assert.Equal(Budget, extensions["maxCost"]!.GetValue<int>());
        Assert.Contains(Budget.ToString(System.Globalization.CultureInfo.InvariantCulture), body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.True(body.HasNoData());
        Assert.Equal(0, _store["GetEntitiesAsync"] + _store["GetRelationshipsAsync"]);
    }

    [Fact]
    public async Task A_variable_cannot_dodge_the_price_once_the_document_is_cached()
    {
        const string query = "query($n: Int) { entities(first: $n) { nodes { relationships { to { relationships { id } } } } } }";

        var small = await _client.SendAsync(query, new { n = 1 });
        var large = await _client.SendAsync(query, new { n = 500 });
        var smallAgain = await _client.SendAsync(query, new { n = 1 });

        Assert.Null(small.Body["errors"]);
        Assert.Equal("COST_LIMIT_EXCEEDED", large.Body.OnlyErrorCode());
        Assert.True(large.Body["errors"]![0]!["extensions"]!["cost"]!.GetValue<int>() > Budget);
        Assert.True(large.Body.HasNoData());
        Assert.Null(smallAgain.Body["errors"]);
        Assert.True(smallAgain.Body["extensions"]!["cost"]!["requested"]!.GetValue<int>() < large.Body["errors"]![0]!["extensions"]!["cost"]!.GetValue<int>());
    }

    [Fact]
    public async Task Fragments_that_fan_out_are_priced_expanded_and_refused_at_once()
    {
        var document = new StringBuilder("""{ entity(id: "hub") { ...F30 } }""").AppendLine();
        document.AppendLine("fragment F0 on Entity { id name }");
        for (var i = 1; i <= 30; i++) document.AppendLine($"fragment F{i} on Entity {{ ...F{i - 1} ...F{i - 1} }}");
        var watch = Stopwatch.StartNew();

        var (_, body) = await _client.SendAsync(document.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal("COST_LIMIT_EXCEEDED", body.OnlyErrorCode());
        Assert.True(body["errors"]![0]!["extensions"]!["cost"]!.GetValue<int>() >= 1 << 30);
        Assert.Null((await _client.SendAsync("{ statistics { entities } }")).Body["errors"]);
    }

    [Fact]
    public async Task A_thousand_aliased_neighbourhoods_cost_the_walks_they_ask_for_and_are_refused()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $$"""n{{i}}: neighbourhood(id: "hub") { truncated }"""));
        _store!.Calls.Clear();

        var (_, body) = await _client.SendAsync($"{{ {aliases} }}");

        Assert.Equal("COST_LIMIT_EXCEEDED", body.OnlyErrorCode());
        Assert.True(body["errors"]![0]!["extensions"]!["cost"]!.GetValue<int>() >= 1000 * 500);
        Assert.Equal(0, _store["GetNeighbourhoodAsync"]);
    }

    [Fact]
    public async Task A_fragment_cycle_is_still_refused()
    {
        var (_, body) = await _client.SendAsync("""{ entity(id: "hub") { ...A } } fragment A on Entity { sameAs { ...B } } fragment B on Entity { sameAs { ...A } }""");

        Assert.NotNull(body["errors"]);
        Assert.True(body.HasNoData());
    }

    [Fact]
    public async Task An_analyst_query_around_the_hub_fits_the_budget_and_reports_its_cost()
    {
        var (_, body) = await _client.SendAsync("""
            {
              entity(id: "hub") { name relationships { type to { name sanctions { listedOn authority { name } } } from { name } } }
              neighbourhood(id: "hub", hops: 2) { entities { name sanctions { listedOn authority { name } } } }
            }
            """);

        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Equal(HubGraph.HubDegree, body["data"]!["entity"]!["relationships"]!.AsArray().Count);
        var cost = body["extensions"]!["cost"]!;
        Assert.InRange(cost["requested"]!.GetValue<int>(), 1, Budget);
        Assert.Equal(Budget, cost["maxCost"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_cost_counts_what_a_page_asks_for_not_what_it_happens_to_hold()
    {
        var one = await _client.SendAsync("{ entities(first: 1) { nodes { id } } }");
        var many = await _client.SendAsync("{ entities(first: 400) { nodes { id } } }");

        var oneCost = one.Body["extensions"]!["cost"]!["requested"]!.GetValue<int>();
        var manyCost = many.Body["extensions"]!["cost"]!["requested"]!.GetValue<int>();
        Assert.True(manyCost - oneCost >= 399 * 2, $"first: 1 costs {oneCost}, first: 400 costs {manyCost}");
    }

    [Fact]
    public async Task A_query_nested_deeper_than_fifteen_levels_is_refused_as_too_deep_even_when_cheap()
    {
        var nested = "name";
        for (var i = 0; i < 15; i++) nested = $"ofType {{ {nested} }}";

        var (status, body) = await _client.SendAsync($$"""{ __type(name: "Entity") { {{nested}} } }""", accept: GraphQLPost.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("DEPTH_LIMIT_EXCEEDED", body.OnlyErrorCode());
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }
}
