using BenchmarkDotNet.Attributes;
using Graph.Benchmarks.Latency;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks.Bdn;

/// <summary>
/// The four hot reads of <see cref="LatencyCommand"/>, under BenchmarkDotNet. Each invocation takes the next
/// input of a fixed workload, so a result is the mean over many ids, pairs or queries, not one cached input.
/// Public and unsealed because BenchmarkDotNet emits a subclass.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes the store.")]
public class StoreBenchmarks
{
    /// <summary>The environment variable that names the store file; <see cref="BdnCommand"/> sets it.</summary>
    public const string StoreVariable = "GRAPH_BENCH_STORE";
    private const int WorkloadSize = 4096;
    private SqliteGraphStore? _store;
    private Workload? _work;
    private int _next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = Environment.GetEnvironmentVariable(StoreVariable)
            ?? throw new InvalidOperationException($"Set {StoreVariable} to a store file written by 'generate'.");
        _store = await StoreFile.OpenAsync(path);
        _work = await Workload.CreateAsync(_store, WorkloadSize, seed: 11);
    }

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark(Description = "lookup by id")]
    public Task<IReadOnlyDictionary<string, Entity>> Lookup() =>
        Store.GetEntitiesAsync([Work.LookupIds[Next()]]);

    [Benchmark(Description = "2-hop neighbourhood")]
    public Task<Subgraph?> Neighbourhood() =>
        Store.GetNeighbourhoodAsync(Work.NeighbourhoodIds[Next()], new NeighbourhoodQuery(LatencyCommand.NeighbourhoodHops, LatencyCommand.NeighbourhoodLimit));

    [Benchmark(Description = "path <= 4 hops")]
    public Task<GraphPath?> Path()
    {
        var (from, to, _) = Work.PathPairs[Next()];
        return Store.FindPathAsync(from, to, LatencyCommand.PathMaxHops, asOf: null);
    }

    [Benchmark(Description = "search")]
    public Task<IReadOnlyList<SearchHit>> Search() =>
        Store.SearchAsync(new SearchQuery(Work.SearchQueries[Next()].Text, [], LatencyCommand.SearchLimit));

    private SqliteGraphStore Store => _store ?? throw new InvalidOperationException("Setup has not run.");

    private Workload Work => _work ?? throw new InvalidOperationException("Setup has not run.");

    private int Next() => _next = (_next + 1) % WorkloadSize;
}
