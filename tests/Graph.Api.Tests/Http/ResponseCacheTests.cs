using System.Net.Http.Json;
using Graph.Api.Http;
using Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Http;

/// <summary>The response cache holds at most Limits:ResponseCacheBytes of keys and answers, and evicts the least recently used.</summary>
public sealed class ResponseCacheTests : IDisposable
{
    private const int CapacityBytes = 128 * 1024;
    private readonly GraphApp _app;
    private readonly HttpClient _client;
    private CountingStore? _store;

    public ResponseCacheTests()
    {
        _app = new GraphApp(new() { ["Limits:ResponseCacheBytes"] = CapacityBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            CountingStore.Around(store => _store = store));
        _client = _app.Client();
    }

    [Fact]
    public async Task Many_distinct_queries_stay_within_the_bytes_and_a_query_in_use_keeps_its_place()
    {
        var cache = _app.Services.GetRequiredService<GraphQLResponseCache>();
        const string hot = "{ statistics { entities } }";
        await Post(hot);
        var statisticsCalls = _store!["GetStatisticsAsync"];

        for (var i = 0; i < 1500; i++)
        {
            // Distinct documents of about 1 KiB each: 1,500 of them would take 1.5 MB of keys alone.
            await Post($$"""{ entity(id: "mali") { n{{i}}: name } } # {{new string('x', 900)}}""");
            if (i % 10 == 0) await Post(hot);
            Assert.InRange(cache.Bytes, 0, CapacityBytes);
        }

        Assert.InRange(cache.Count, 20, 200);
        Assert.Equal(statisticsCalls, _store["GetStatisticsAsync"]);
    }

    private async Task Post(string query)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query });
        response.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
