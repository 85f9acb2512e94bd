using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Graph.Api.Http;
using Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Http;

/// <summary>Executions beyond Limits:MaxConcurrentRequests wait in a queue of Limits:MaxQueuedRequests; beyond that, 503 BUSY.</summary>
public sealed class ConcurrencyLimitTests : IDisposable
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly GraphApp _app;
    private readonly HttpClient _client;
    private InterceptingStore? _store;

    public ConcurrencyLimitTests()
    {
        _app = new GraphApp(
            new() { ["Limits:MaxConcurrentRequests"] = "1", ["Limits:MaxQueuedRequests"] = "1" },
            InterceptingStore.Around(store => _store = store));
        _client = _app.Client();
        _store!.Before = InterceptingStore.Blocking(nameof(InterceptingStore.GetEntitiesAsync), _release.Task, _entered);
        _store.Armed = true;
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task A_request_beyond_the_slots_and_the_queue_gets_503_busy_with_retry_after(string accept)
    {
        var running = _client.PostAsJsonAsync("/graphql", new { query = """{ entity(id: "mali") { name } }""" });
        await _entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var queued = _client.PostAsJsonAsync("/graphql", new { query = """{ entity(id: "sadio-camara") { name } }""" });
        await Eventually.Holds(() => _app.Services.GetRequiredService<GraphQLConcurrencyGate>().Queued == 1, "a second request queued");

        using var refused = await Post("""{ entity(id: "assimi-goita") { name } }""", accept);
        _release.SetResult();
        using var first = await running.WaitAsync(TimeSpan.FromSeconds(10));
        using var second = await queued.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter!.Delta);
        Assert.Equal(accept, refused.Content.Headers.ContentType!.MediaType);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("BUSY", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Sadio Camara", JsonNode.Parse(await second.Content.ReadAsStringAsync())!["data"]!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_that_need_no_execution_are_not_held_up_by_the_gate()
    {
        var running = _client.PostAsJsonAsync("/graphql", new { query = """{ entity(id: "mali") { name } }""" });
        await _entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var queued = _client.PostAsJsonAsync("/graphql", new { query = """{ entity(id: "sadio-camara") { name } }""" });
        await Eventually.Holds(() => _app.Services.GetRequiredService<GraphQLConcurrencyGate>().Queued == 1, "a second request queued");

        using var health = await _client.GetAsync("/health").WaitAsync(TimeSpan.FromSeconds(10));
        using var malformed = await _client.PostAsync("/graphql", new StringContent("{", System.Text.Encoding.UTF8, "application/json")).WaitAsync(TimeSpan.FromSeconds(10));
        _release.SetResult();
        (await running).Dispose();
        (await queued).Dispose();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private async Task<HttpResponseMessage> Post(string query, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd(accept);
        return await _client.SendAsync(request).WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        _release.TrySetResult();
        _client.Dispose();
        _app.Dispose();
    }
}
