using System.Diagnostics;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

/// <summary>The execution timeout stops the work itself, store calls included, and answers TIMEOUT rather than hanging.</summary>
public sealed class TimeoutTests : IDisposable
{
    private static readonly TimeSpan StoreDelay = TimeSpan.FromSeconds(60);
    private readonly List<GraphApp> _apps = [];

    [Fact]
    public async Task A_slow_query_is_stopped_at_the_timeout_and_its_store_call_sees_the_cancellation()
    {
        var (client, store) = await StartAsync(timeoutSeconds: "2");
        var watch = Stopwatch.StartNew();

        var slow = client.SendAsync("""{ entity(id: "mali") { name } }""");
        await store.Started.WaitAsync(TimeSpan.FromSeconds(30));
        var (_, cheap) = await client.SendAsync("{ statistics { sanctions } }");
        var (_, body) = await slow;

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"answered after {watch.Elapsed}");
        Assert.True(cheap["errors"] is null, cheap.ToJsonString());
        Assert.Equal("TIMEOUT", body.OnlyErrorCode());
        Assert.True(body.HasNoData());
        await store.SawCancellation.WaitAsync(TimeSpan.FromSeconds(5));
        store.Slow = false;
        Assert.Null((await client.SendAsync("""{ entity(id: "mali") { name } }""")).Body["errors"]);
    }

    [Fact]
    public async Task A_client_that_goes_away_still_cancels_its_store_calls()
    {
        var (client, store) = await StartAsync(timeoutSeconds: "120");
        using var abort = new CancellationTokenSource();

        var request = client.SendAsync("{ entities(first: 5) { nodes { name } } }", cancellationToken: abort.Token);
        await store.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await store.SawCancellation.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private async Task<(HttpClient Client, SlowStore Store)> StartAsync(string timeoutSeconds)
    {
        SlowStore? store = null;
        var app = new GraphApp(new() { ["Limits:ExecutionTimeoutSeconds"] = timeoutSeconds }, SlowStore.Around(StoreDelay, s => store = s));
        _apps.Add(app);
        var client = app.Client();
        Assert.Null((await client.SendAsync("{ statistics { entities } }")).Body["errors"]);
        store!.Slow = true;
        return (client, store);
    }

    public void Dispose()
    {
        foreach (var app in _apps) app.Dispose();
    }
}
