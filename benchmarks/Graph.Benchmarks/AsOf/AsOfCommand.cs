using System.Diagnostics;
using System.Globalization;
using Graph.Benchmarks.Generation;
using Graph.Benchmarks.Latency;
using Graph.Domain.Store;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks.AsOf;

/// <summary>
/// <c>asof --store FILE [--ops 5000] [--seed 7]</c>: in-process percentiles of the store reads that take a day, each
/// timed on the same inputs without the day and with it, interleaved (<see cref="PairedRead"/>), after a warm-up on
/// other inputs; then the p99 ratios against issue 11's 1.5×.
/// </summary>
internal static class AsOfCommand
{
    /// <summary>
    /// The day asked about: the middle of the generated sanctions' listing dates (2014 to 2024), in the last third of
    /// the relationships' start dates (2000 to 2024), so that a day keeps about half of the sanctions and cuts some
    /// relationships.
    /// </summary>
    public static readonly DateOnly Day = new(2019, 6, 15);

    public const int PageSize = 25;

    /// <summary>How many entities one batched read of sanctions asks about, as the GraphQL data loader gathers them.</summary>
    public const int BatchSize = 100;

    public static async Task<int> RunAsync(CommandArgs command)
    {
        var path = command.Required("store");
        var ops = command.Int("ops", 5_000);
        var seed = command.Int("seed", 7, min: 0);
        var warmUp = Math.Clamp(ops / 10, 100, 2_000);
        using var store = await StoreFile.OpenAsync(path);
        var clock = Stopwatch.StartNew();
        var work = await Workload.CreateAsync(store, ops + warmUp, seed);
        var statistics = await store.GetStatisticsAsync();
        var random = new Random(seed + 1);
        var targets = await SanctionedTargetsAsync(store, random, statistics.Sanctions, ops + warmUp);
        var batches = Enumerable.Range(0, ops + warmUp)
            .Select(_ => (IReadOnlyCollection<string>)[.. Enumerable.Range(0, BatchSize).Select(_ => SyntheticIds.Entity(random.NextInt64(statistics.Entities)))])
            .ToArray();
        var pages = Enumerable.Range(0, ops + warmUp).Select(_ => SequenceCursor.Encode(random.NextInt64(statistics.Sanctions))).ToArray();
        Console.WriteLine(FormattableString.Invariant(
            $"Store {path}: {statistics.Entities:N0} entities, {statistics.Sanctions:N0} sanctions, {statistics.Relationships:N0} relationships; day {Day:yyyy-MM-dd}; inputs drawn in {clock.Elapsed.TotalSeconds:F1} s; {ops:N0} timed calls per variant after {warmUp:N0} warm-up calls; load average {LoadAverage()}."));

        var asOf = new SanctionTiming(Day, null);
        var knownAsOf = new SanctionTiming(null, Day);
        var rows = new RowTally();
        var reads = new[]
        {
            new PairedRead("sanctions targeting one sanctioned entity",
                async i => rows.Add("sanctions, no day", (await store.GetSanctionsTargetingAsync([targets[i]], SanctionTiming.Any)).Count),
                ("asOf", async i => rows.Add("sanctions, asOf", (await store.GetSanctionsTargetingAsync([targets[i]], asOf)).Count)),
                ("knownAsOf", async i => rows.Add("sanctions, knownAsOf", (await store.GetSanctionsTargetingAsync([targets[i]], knownAsOf)).Count))),
            new PairedRead($"sanctions targeting {BatchSize} random entities",
                async i => rows.Add("batched sanctions, no day", (await store.GetSanctionsTargetingAsync(batches[i], SanctionTiming.Any)).Count),
                ("asOf", async i => rows.Add("batched sanctions, asOf", (await store.GetSanctionsTargetingAsync(batches[i], asOf)).Count)),
                ("knownAsOf", async i => rows.Add("batched sanctions, knownAsOf", (await store.GetSanctionsTargetingAsync(batches[i], knownAsOf)).Count))),
            new PairedRead("relationships of one entity",
                async i => rows.Add("relationships, no day", (await store.GetRelationshipsAsync([work.LookupIds[i]], RelationshipFilter.All)).Count),
                ("asOf", async i => rows.Add("relationships, asOf", (await store.GetRelationshipsAsync([work.LookupIds[i]], RelationshipFilter.All with { AsOf = Day })).Count))),
            new PairedRead($"{LatencyCommand.NeighbourhoodHops}-hop neighbourhood (limit {LatencyCommand.NeighbourhoodLimit})",
                async i => rows.Add("neighbourhood entities, no day", await NeighbourhoodSizeAsync(store, work.NeighbourhoodIds[i], null)),
                ("asOf", async i => rows.Add("neighbourhood entities, asOf", await NeighbourhoodSizeAsync(store, work.NeighbourhoodIds[i], Day)))),
            new PairedRead($"path ≤ {LatencyCommand.PathMaxHops} hops",
                async i => rows.Add("paths found, no day", await PathFoundAsync(store, work.PathPairs[i], null)),
                ("asOf", async i => rows.Add("paths found, asOf", await PathFoundAsync(store, work.PathPairs[i], Day)))),
            new PairedRead($"page of {PageSize} sanctions with totalCount",
                async i => rows.Add("sanctions counted, no day", await PageTotalAsync(store, SanctionFilter.All, pages[i])),
                ("activeOn", async i => rows.Add("sanctions counted, activeOn", await PageTotalAsync(store, new SanctionFilter { ActiveOn = Day }, pages[i]))),
                ("knownAsOf", async i => rows.Add("sanctions counted, knownAsOf", await PageTotalAsync(store, new SanctionFilter { KnownAsOf = Day }, pages[i])))),
        };
        foreach (var read in reads) await read.MeasureAsync(ops, warmUp);

        Console.WriteLine();
        Console.WriteLine(LatencySample.Header);
        foreach (var sample in reads.SelectMany(read => read.Samples)) Console.WriteLine(sample.Row());
        Console.WriteLine();
        Console.WriteLine("Rows per call, warm-up included: " + rows.Summary(ops + warmUp) + ".");
        Console.WriteLine();
        Console.WriteLine(PairedRead.RatioHeader);
        foreach (var row in reads.SelectMany(read => read.RatioRows())) Console.WriteLine(row);
        Console.WriteLine();
        Console.WriteLine($"Load average at the end {LoadAverage()}.");
        return 0;
    }

    /// <summary>The targets of sanctions drawn at random, so that every read of them finds at least one.</summary>
    private static async Task<string[]> SanctionedTargetsAsync(SqliteGraphStore store, Random random, long sanctions, int count)
    {
        if (sanctions == 0) throw new ArgumentException("The store has no sanctions.");
        var ids = Enumerable.Range(0, count).Select(_ => SyntheticIds.Sanction(random.NextInt64(sanctions))).ToArray();
        var found = await store.GetSanctionsAsync(ids);
        return [.. ids.Select(id => found.TryGetValue(id, out var sanction) ? sanction.TargetId : throw new ArgumentException($"The store has no sanction {id}."))];
    }

    private static async Task<long> NeighbourhoodSizeAsync(SqliteGraphStore store, string id, DateOnly? day) =>
        (await store.GetNeighbourhoodAsync(id, new NeighbourhoodQuery(LatencyCommand.NeighbourhoodHops, LatencyCommand.NeighbourhoodLimit) { AsOf = day }))?.EntityIds.Count ?? 0;

    private static async Task<long> PathFoundAsync(SqliteGraphStore store, (string From, string To, bool Walked) pair, DateOnly? day) =>
        await store.FindPathAsync(pair.From, pair.To, LatencyCommand.PathMaxHops, day) is null ? 0 : 1;

    private static async Task<long> PageTotalAsync(SqliteGraphStore store, SanctionFilter filter, string after) =>
        (await store.ListSanctionsAsync(filter, new PageRequest(PageSize, after))).TotalCount;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Sums of what the calls returned, by name, to show what the day cuts.</summary>
    private sealed class RowTally
    {
        private readonly Dictionary<string, long> _sums = [];
        private readonly List<string> _order = [];

        public void Add(string name, long rows)
        {
            if (!_sums.TryAdd(name, rows)) _sums[name] += rows;
            else _order.Add(name);
        }

        public string Summary(int calls) =>
            string.Join("; ", _order.Select(name => string.Create(CultureInfo.InvariantCulture, $"{name} {(double)_sums[name] / calls:F2}")));
    }
}
