using System.Diagnostics;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>A token stops a store call while it runs, in SQLite and in the store's own loops, and the store goes on answering.</summary>
public sealed class SqliteCancellationTests : IDisposable
{
    // Counts for ever: only an interrupt ends it.
    private const string EndlessStatement = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n";

    private readonly TempStoreFile _file = new();

    [Fact]
    public async Task A_statement_that_would_never_end_is_interrupted_by_its_token_and_the_store_answers_afterwards()
    {
        using var store = await OpenAsync();
        await store.WriteAsync(new([Some.Person("p1", "Sadio Camara")], [], []));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.Read(session => session.Command(EndlessStatement).ExecuteScalar(), timeout.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the interrupt took {clock.Elapsed.TotalSeconds:F1} s");
        for (var i = 0; i < 40; i++) Assert.Equal("Sadio Camara", (await store.GetEntitiesAsync(["p1"]))["p1"].Name);
        Assert.Equal("p1", (await store.SearchAsync(new SearchQuery("Sadio", [], 10)))[0].Entity.Id);
    }

    [Fact]
    public async Task A_neighbourhood_walk_is_stopped_between_hops_by_its_token()
    {
        using var store = await OpenAsync();
        const int length = 20_000;
        await store.WriteAsync(new(
            [.. Enumerable.Range(0, length).Select(i => Some.Person($"c{i}", $"Link {i}"))], [],
            [.. Enumerable.Range(1, length - 1).Select(i => Some.Tie($"c{i - 1}", $"c{i}"))]));
        // The whole walk, timed three times (the first pays for the JIT), so that the token fires well inside the
        // fastest however fast this machine is, and the cancelled walk is held to the slowest.
        var clock = new Stopwatch();
        var wholes = new List<TimeSpan>();
        for (var run = 0; run < 3; run++)
        {
            clock.Restart();
            Assert.Equal(length, (await store.GetNeighbourhoodAsync("c0", new NeighbourhoodQuery(length, length)))!.EntityIds.Count);
            wholes.Add(clock.Elapsed);
        }
        // A walk may still end before its timer fires, when the timings above were slowed by other tests and this one
        // is not: then the timer is set again at a fifth of that walk, up to five times, and the walk must be stopped.
        Exception? stopped = null;
        for (var attempt = 0; attempt < 5 && stopped is null; attempt++)
        {
            using var timeout = new CancellationTokenSource(wholes.Min() / 5);
            clock.Restart();
            stopped = await Record.ExceptionAsync(() => store.GetNeighbourhoodAsync("c0", new NeighbourhoodQuery(length, length), timeout.Token));
            if (stopped is null) wholes.Add(clock.Elapsed);
        }

        Assert.IsAssignableFrom<OperationCanceledException>(stopped);
        Assert.True(clock.Elapsed < wholes.Max(), $"the walk went on for {clock.Elapsed.TotalMilliseconds:F0} ms of the {wholes.Max().TotalMilliseconds:F0} ms it takes whole");
        Assert.Equal(3, (await store.GetNeighbourhoodAsync("c0", new NeighbourhoodQuery(2, 100)))!.EntityIds.Count);
    }

    [Fact]
    public async Task A_write_cancelled_while_it_runs_writes_nothing_and_the_next_write_succeeds()
    {
        using var store = await OpenAsync();
        using var cancel = new CancellationTokenSource();
        // The token fires as the write takes its 50,000th entity of 200,000: inside the write however fast or loaded
        // this machine is, where a timer's guess fired after a fast write had ended.
        var people = new CancellingList<Entity>([.. Enumerable.Range(0, 200_000).Select(i => Some.Person($"p{i}", $"Person {i}"))], 50_000, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.WriteAsync(new GraphBatch(people, [], []), cancel.Token));

        Assert.True(cancel.IsCancellationRequested);
        Assert.True((await store.GetStatisticsAsync()).IsEmpty);
        await store.WriteAsync(new([Some.Person("p1", "Sadio Camara")], [], []));
        Assert.Equal(1, (await store.GetStatisticsAsync()).Entities);
    }

    /// <summary>A list that cancels the token when the item at <paramref name="at"/> is taken from it.</summary>
    private sealed class CancellingList<T>(IReadOnlyList<T> items, int at, CancellationTokenSource cancel) : IReadOnlyList<T>
    {
        public int Count => items.Count;

        public T this[int index]
        {
            get
            {
                if (index == at) cancel.Cancel();
                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public async Task Interrupted_sessions_are_not_given_back_to_readers()
    {
        using var store = await OpenAsync();
        await store.WriteAsync(new([Some.Entity("ofac", EntityKind.PublicBody, "OFAC")], [], []));
        for (var i = 0; i < 5; i++)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                store.Read(session => session.Command(EndlessStatement).ExecuteScalar(), timeout.Token));
        }

        // Many reads at once take every pooled session there is; none of them may carry an interrupt.
        var reads = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => store.GetEntitiesAsync(["ofac"]))));

        Assert.All(reads, found => Assert.Equal("OFAC", found["ofac"].Name));
    }

    public void Dispose() => _file.Dispose();

    private Task<SqliteGraphStore> OpenAsync() => OpenAsync(_file);

    private static async Task<SqliteGraphStore> OpenAsync(TempStoreFile file)
    {
        var store = new SqliteGraphStore(file.Path);
        await store.InitializeAsync();
        return store;
    }
}
