using System.Diagnostics;
using System.Globalization;
using Graph.Domain.Store;

namespace Graph.Benchmarks.Latency;

/// <summary>
/// <c>latency --store FILE [--ops 20000] [--seed 7] [--queries-out FILE]</c>: in-process percentiles of the four hot reads, each
/// timed one call at a time with a <see cref="Stopwatch"/> after a warm-up on other inputs.
/// </summary>
internal static class LatencyCommand
{
    public const int NeighbourhoodHops = 2;
    public const int NeighbourhoodLimit = 500;
    public const int PathMaxHops = 4;
    public const int SearchLimit = 10;

    public static async Task<int> RunAsync(CommandArgs command)
    {
        var path = command.Required("store");
        var ops = command.Int("ops", 20_000);
        var warmUp = Math.Clamp(ops / 10, 100, 2_000);
        using var store = await StoreFile.OpenAsync(path);
        var clock = Stopwatch.StartNew();
        var work = await Workload.CreateAsync(store, ops + warmUp, command.Int("seed", 7, min: 0));
        Console.WriteLine(FormattableString.Invariant(
            $"Store {path}: {work.Entities:N0} entities, {new FileInfo(path).Length / 1048576.0:F1} MiB; inputs drawn in {clock.Elapsed.TotalSeconds:F1} s; {ops:N0} timed calls per operation after {warmUp:N0} warm-up calls."));

        var lookup = new LatencySample("lookup by id");
        await MeasureAsync(ops, warmUp, lookup, async i => await store.GetEntitiesAsync([work.LookupIds[i]]));

        var neighbourhood = new LatencySample($"{NeighbourhoodHops}-hop neighbourhood (limit {NeighbourhoodLimit})");
        long nodes = 0, edges = 0, truncated = 0;
        await MeasureAsync(ops, warmUp, neighbourhood, async i =>
        {
            var subgraph = await store.GetNeighbourhoodAsync(work.NeighbourhoodIds[i], new NeighbourhoodQuery(NeighbourhoodHops, NeighbourhoodLimit));
            nodes += subgraph?.EntityIds.Count ?? 0;
            edges += subgraph?.Relationships.Count ?? 0;
            truncated += subgraph?.Truncated == true ? 1 : 0;
        });

        var paths = new LatencySample($"path ≤ {PathMaxHops} hops, all pairs");
        var found = new LatencySample("path, found");
        var missing = new LatencySample("path, not found");
        var walkedMissing = 0;
        await MeasureAsync(ops, warmUp, paths, async i =>
        {
            var (from, to, walked) = work.PathPairs[i];
            var start = Stopwatch.GetTimestamp();
            var result = await store.FindPathAsync(from, to, PathMaxHops, asOf: null);
            if (i >= ops) return;
            (result is null ? missing : found).Add(Stopwatch.GetTimestamp() - start);
            if (walked && result is null) walkedMissing++;
        });

        // The queries can be written out to replay them against SQL variants when diagnosing search.
        if (command.Optional("queries-out") is { } queriesOut) await File.WriteAllLinesAsync(queriesOut, work.SearchQueries.Take(ops).Select(q => q.Text));
        var search = new LatencySample($"search (limit {SearchLimit})");
        var byShape = new SortedDictionary<string, LatencySample>(StringComparer.Ordinal);
        var slowest = new List<(long Ticks, string Query, int Hits)>();
        long hits = 0;
        await MeasureAsync(ops, warmUp, search, async i =>
        {
            var (text, shape) = work.SearchQueries[i];
            var start = Stopwatch.GetTimestamp();
            var count = (await store.SearchAsync(new SearchQuery(text, [], SearchLimit))).Count;
            var ticks = Stopwatch.GetTimestamp() - start;
            hits += count;
            if (i >= ops) return;
            (byShape.TryGetValue(shape, out var sample) ? sample : byShape[shape] = new LatencySample($"search: {shape}")).Add(ticks);
            slowest.Add((ticks, text, count));
        });

        Console.WriteLine();
        Console.WriteLine(LatencySample.Header);
        foreach (var sample in new[] { lookup, neighbourhood, paths, found, missing, search }) Console.WriteLine(sample.Row());
        Console.WriteLine();
        // The counters include the warm-up calls.
        double calls = ops + warmUp;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Neighbourhood: {nodes / calls:F0} entities and {edges / calls:F0} relationships on average, {100.0 * truncated / calls:F1} % truncated. "
            + $"Path: {100.0 * found.Count / paths.Count:F1} % found ({walkedMissing} walked pairs not found). Search: {hits / calls:F1} hits on average."));
        Console.WriteLine();
        Console.WriteLine(LatencySample.Header);
        foreach (var sample in byShape.Values) Console.WriteLine(sample.Row());
        Console.WriteLine();
        Console.WriteLine("Slowest searches: " + string.Join("; ", slowest.OrderByDescending(s => s.Ticks).Take(8)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"\"{s.Query}\" {s.Ticks * 1000.0 / Stopwatch.Frequency:F1} ms ({s.Hits} hits)"))));
        return 0;
    }

    /// <summary>Runs warm-up calls on the inputs after the first <paramref name="ops"/>, then times each of the first <paramref name="ops"/>.</summary>
    private static async Task MeasureAsync(int ops, int warmUp, LatencySample sample, Func<int, Task> call)
    {
        for (var i = ops; i < ops + warmUp; i++) await call(i);
        GC.Collect();
        for (var i = 0; i < ops; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(i);
            sample.Add(Stopwatch.GetTimestamp() - start);
        }
    }
}
