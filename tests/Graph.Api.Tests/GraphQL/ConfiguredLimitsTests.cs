using Graph.Api.Tests.Infrastructure;
using Graph.GraphQL.Execution;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.GraphQL;

/// <summary>The Limits section sets the budget, the response object cap and the document cache's bytes.</summary>
public sealed class ConfiguredLimitsTests : IDisposable
{
    private const int MaxObjects = 20;
    private const long CacheBytes = 200_000;
    private readonly GraphApp _app;
    private readonly HttpClient _client;
    private CountingStore? _store;

    public ConfiguredLimitsTests()
    {
        _app = new GraphApp(
            new()
            {
                ["Limits:MaxCost"] = "2000",
                ["Limits:MaxResponseObjects"] = MaxObjects.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Limits:DocumentCacheBytes"] = CacheBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            CountingStore.Around(store => _store = store));
        _client = _app.Client();
    }

    [Fact]
    public async Task The_budget_comes_from_the_configuration()
    {
        const string page = "entities(first: 500) { totalCount }";

        var (_, three) = await _client.SendAsync($"{{ a: {page} b: {page} c: {page} }}");
        var (_, four) = await _client.SendAsync($"{{ a: {page} b: {page} c: {page} d: {page} }}");

        Assert.True(three["errors"] is null, three.ToJsonString());
        Assert.Equal(2000, three["extensions"]!["cost"]!["maxCost"]!.GetValue<int>());
        Assert.Equal("COST_LIMIT_EXCEEDED", four.OnlyErrorCode());
        Assert.Equal(2000, four["errors"]![0]!["extensions"]!["maxCost"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_response_with_more_objects_than_the_cap_is_stopped_before_fetching_more_and_sends_no_data()
    {
        await _client.SendAsync("{ statistics { entities } }");
        _store!.Calls.Clear();

        var (_, body) = await _client.SendAsync("{ entities(first: 40) { nodes { sanctions(includeSameAs: false) { id } } } }");

        Assert.Equal("RESPONSE_TOO_LARGE", body.OnlyErrorCode());
        Assert.True(body.HasNoData());
        Assert.Equal(1, _store["ListEntitiesAsync"]);
        Assert.Equal(0, _store["GetSanctionsTargetingAsync"]);
    }

    [Fact]
    public async Task A_response_within_the_cap_is_answered_whole()
    {
        var (_, body) = await _client.SendAsync("{ entities(first: 5) { nodes { id } } }");

        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Equal(5, body["data"]!["entities"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_validated_document_cache_stays_within_its_bytes_however_many_documents_come()
    {
        for (var i = 0; i < 300; i++)
        {
            var (_, body) = await _client.SendAsync($$"""{ entity(id: "document-{{i}}") { id name kind note aliases } }""");
            Assert.Null(body["errors"]);
        }

        var cache = _app.Services.GetServices<IConfigureExecution>().OfType<ValidatedDocumentCache>().Single();
        Assert.InRange(cache.Bytes, 1, CacheBytes);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
