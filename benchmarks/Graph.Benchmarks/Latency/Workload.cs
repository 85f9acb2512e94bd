using Graph.Benchmarks.Generation;
using Graph.Domain.Store;

namespace Graph.Benchmarks.Latency;

/// <summary>
/// The inputs of every measured operation, drawn once from a seed so that runs are comparable. Half of the
/// path pairs are two random entities (mostly too far apart in a large graph: the not-found case), half the
/// two ends of a random walk of one to four steps (always found).
/// </summary>
internal sealed class Workload
{
    private Workload(long entities, string[] ids, string[] hubs, (string, string, bool)[] pairs, (string, string)[] queries)
    {
        Entities = entities;
        LookupIds = ids;
        NeighbourhoodIds = hubs;
        PathPairs = pairs;
        SearchQueries = queries;
    }

    public long Entities { get; }

    public IReadOnlyList<string> LookupIds { get; }

    public IReadOnlyList<string> NeighbourhoodIds { get; }

    public IReadOnlyList<(string From, string To, bool Walked)> PathPairs { get; }

    public IReadOnlyList<(string Text, string Shape)> SearchQueries { get; }

    public static async Task<Workload> CreateAsync(IGraphStore store, int size, int seed)
    {
        var statistics = await store.GetStatisticsAsync();
        if ((await store.GetEntitiesAsync([SyntheticIds.Entity(0)])).Count == 0)
        {
            throw new ArgumentException("The store was not written by 'generate': it has no entity " + SyntheticIds.Entity(0) + ".");
        }
        var random = new Random(seed);
        string RandomId() => SyntheticIds.Entity(random.NextInt64(statistics.Entities));
        var ids = Enumerable.Range(0, size).Select(_ => RandomId()).ToArray();
        var centres = Enumerable.Range(0, size).Select(_ => RandomId()).ToArray();
        var pairs = new (string, string, bool)[size];
        for (var i = 0; i < size; i++)
        {
            var from = RandomId();
            pairs[i] = i % 2 == 0 ? (from, RandomId(), false) : (from, await WalkAsync(store, random, from, random.Next(1, 5)), true);
        }
        var queries = new QueryFactory(random);
        return new Workload(statistics.Entities, ids, centres, pairs, [.. Enumerable.Range(0, size).Select(_ => queries.Next())]);
    }

    private static async Task<string> WalkAsync(IGraphStore store, Random random, string start, int steps)
    {
        var at = start;
        for (var step = 0; step < steps; step++)
        {
            var edges = await store.GetRelationshipsAsync([at], RelationshipFilter.All);
            if (edges.Count == 0) break;
            at = edges[random.Next(edges.Count)].OtherEnd(at);
        }
        return at;
    }
}
