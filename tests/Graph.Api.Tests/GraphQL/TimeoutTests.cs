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
        var (client, store, calls) = await StartAsync(timeoutSeconds: "2");
        var watch = Stopwatch.StartNew();

        var slow = client.SendAsync("""{ entity(id: "mali") { name } }""");
        await calls.Started.WaitAsync(TimeSpan.FromSeconds(30));
        var (_, cheap) = await client.SendAsync("{ statistics { sanctions } }");
        var (_, body) = await slow;

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"answered after {watch.Elapsed}");
        Assert.True(cheap["errors"] is null, cheap.ToJsonString());
        Assert.Equal("TIMEOUT", body.OnlyErrorCode());
        Assert.True(body.HasNoData());
        await calls.SawCancellation.WaitAsync(TimeSpan.FromSeconds(5));
        store.Armed = false;
        Assert.Null((await client.SendAsync("""{ entity(id: "mali") { name } }""")).Body["errors"]);
    }

    [Fact]
    public async Task A_client_that_goes_away_still_cancels_its_store_calls()
    {
        var (client, _, calls) = await StartAsync(timeoutSeconds: "120");
        using var abort = new CancellationTokenSource();

        var request = client.SendAsync("{ entities(first: 5) { nodes { name } } }", cancellationToken: abort.Token);
        await calls.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await calls.SawCancellation.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private async Task<(HttpClient Client, InterceptingStore Store, SlowCalls Calls)> StartAsync(string timeoutSeconds)
    {
        InterceptingStore? store = null;
        var app = new GraphApp(new() { ["Limits:ExecutionTimeoutSeconds"] = timeoutSeconds }, InterceptingStore.Around(s => store = s));
        _apps.Add(app);
        var client = app.Client();
        Assert.Null((await client.SendAsync("{ statistics { entities } }")).Body["errors"]);
        var calls = new SlowCalls();
        store!.Before = calls.PauseAsync;
        store.Armed = true;
        return (client, store, calls);
    }

    /// <summary>Entity look-ups wait as a store held by a long scan would, and record whether their token was cancelled meanwhile.</summary>
    private sealed class SlowCalls
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when a slow call began to wait.</summary>
        public Task Started => _started.Task;

        /// <summary>Completes when a slow call saw its cancellation token cancelled.</summary>
        public Task SawCancellation => _cancelled.Task;

        public async Task PauseAsync(string method, CancellationToken cancellationToken)
        {
            if (method is not (nameof(InterceptingStore.GetEntitiesAsync) or nameof(InterceptingStore.ListEntitiesAsync))) return;
            _started.TrySetResult();
            try
            {
                await Task.Delay(StoreDelay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                _cancelled.TrySetResult();
                throw;
            }
        }
    }

    public void Dispose()
    {
        foreach (var app in _apps) app.Dispose();
    }
}
