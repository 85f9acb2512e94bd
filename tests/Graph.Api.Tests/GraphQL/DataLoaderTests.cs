using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

public sealed class DataLoaderTests : IDisposable
{
    private readonly GraphApp _app;
    private CountingStore? _store;

    public DataLoaderTests() => _app = new GraphApp(services: CountingStore.Around(store => _store = store));

    [Fact]
    public async Task Following_relationships_from_many_entities_costs_one_store_call_per_level()
    {
        using var client = _app.Client();
        await client.Data("{ statistics { entities } }");
        _store!.Calls.Clear();

        var data = await client.Data("""
            { entities(first: 100) { nodes {
                sanctions { authority { name } target { name } }
                relationships { from { name } to { name } } } } }
            """);

        Assert.True(data["entities"]!["nodes"]!.AsArray().Count > 40);
        Assert.Equal(1, _store["ListEntitiesAsync"]);
        Assert.Equal(1, _store["GetSanctionsTargetingAsync"]);
        // One call for the relationships asked for, one for the sameAs links whose sanctions each entity shows.
        Assert.Equal(2, _store["GetRelationshipsAsync"]);
        Assert.InRange(_store["GetEntitiesAsync"], 1, 2);
    }

    [Fact]
    public async Task The_same_entity_asked_for_twice_in_a_request_is_fetched_once()
    {
        using var client = _app.Client();
        await client.Data("{ statistics { entities } }");
        _store!.Calls.Clear();

        await client.Data("""{ a: entity(id: "sadio-camara") { name } b: entity(id: "sadio-camara") { name } c: entity(id: "mali") { name } }""");

        Assert.Equal(1, _store["GetEntitiesAsync"]);
    }

    public void Dispose() => _app.Dispose();
}
