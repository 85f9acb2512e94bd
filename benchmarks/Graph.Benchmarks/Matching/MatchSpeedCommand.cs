using System.Diagnostics;
using System.Globalization;
using Graph.Benchmarks.Generation;
using Graph.Benchmarks.Latency;
using Graph.Domain.Matching;
using Graph.Domain.Model;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks.Matching;

/// <summary>
/// <c>match-speed --store FILE [--queries 2000] [--seed 11]</c>: the latency of <see cref="EntityMatcher.MatchAsync"/>
/// (first 5, threshold 0.7) for person queries made from the generated store's own persons by
/// <see cref="NamePerturbation"/>, one call at a time on one thread after a warm-up on other names, and the rate that
/// gives one core. A last group asks single common given names, the case that must stay bounded.
/// </summary>
internal static class MatchSpeedCommand
{
    private const string CommonWordShape = "one common given name";

    public static async Task<int> RunAsync(CommandArgs command)
    {
        var path = command.Required("store");
        var count = command.Int("queries", 2_000);
        var random = new Random(command.Int("seed", 11, min: 0));
        using var store = await StoreFile.OpenAsync(path);
        var statistics = await store.GetStatisticsAsync();
        var warmUp = Math.Clamp(count / 10, 50, 500);
        var people = await PeopleAsync(store, statistics.Entities, count + warmUp, random);
        var perturbation = new NamePerturbation(random);
        var queries = people.Select((p, i) =>
        {
            var shape = NamePerturbation.Shapes[i % NamePerturbation.Shapes.Count];
            return (p.Id, Shape: shape, Text: perturbation.Apply(p.Name, shape));
        }).ToList();
        queries.AddRange(Enumerable.Range(0, Math.Max(20, count / 20)).Select(_ => ("", CommonWordShape, NameLists.GivenNames[random.Next(NameLists.GivenNames.Length)])));

        var matcher = new EntityMatcher(store);
        var options = new MatchOptions();
        foreach (var (_, _, text) in queries.Skip(count).Where(q => q.Shape != CommonWordShape)) await matcher.MatchAsync(new MatchQuery(text) { Kind = EntityKind.Person }, options);
        GC.Collect();

        var all = new LatencySample("all person queries");
        var byShape = NamePerturbation.Shapes.Append(CommonWordShape).ToDictionary(s => s, s => new LatencySample(s));
        var found = NamePerturbation.Shapes.ToDictionary(s => s, _ => 0);
        var timed = queries.Take(count).Concat(queries.Where(q => q.Shape == CommonWordShape)).ToList();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        foreach (var (id, shape, text) in timed)
        {
            var start = Stopwatch.GetTimestamp();
            var hits = await matcher.MatchAsync(new MatchQuery(text) { Kind = EntityKind.Person }, options);
            var ticks = Stopwatch.GetTimestamp() - start;
            byShape[shape].Add(ticks);
            if (shape == CommonWordShape) continue;
            all.Add(ticks);
            if (hits.Count > 0 && hits[0].Entity.Id == id) found[shape]++;
        }
        wall.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalSeconds;

        Console.WriteLine(FormattableString.Invariant(
            $"Store {path}: {statistics.Entities:N0} entities. {count:N0} person queries timed one at a time on one thread after {warmUp:N0} warm-up queries, then {byShape[CommonWordShape].Count} single common given names."));
        Console.WriteLine();
        Console.WriteLine(LatencySample.Header);
        Console.WriteLine(all.Row());
        foreach (var sample in byShape.Values) Console.WriteLine(sample.Row());
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Throughput on one thread: {timed.Count / wall.Elapsed.TotalSeconds:F0} queries/s wall, {timed.Count / cpu:F0} queries per CPU-second of the process."));
        Console.WriteLine("Source person first: " + string.Join(", ", NamePerturbation.Shapes.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s} {(double)found[s] / Math.Max(1, byShape[s].Count):F3}"))));
        return 0;
    }

    /// <summary>Random persons of the generated store, read by the ids the generator gives.</summary>
    private static async Task<List<Entity>> PeopleAsync(SqliteGraphStore store, long entities, int count, Random random)
    {
        if ((await store.GetEntitiesAsync([SyntheticIds.Entity(0)])).Count == 0)
        {
            throw new ArgumentException("The store was not written by 'generate': it has no entity " + SyntheticIds.Entity(0) + ".");
        }
        var people = new List<Entity>(count);
        while (people.Count < count)
        {
            var ids = Enumerable.Range(0, 500).Select(_ => SyntheticIds.Entity(random.NextInt64(entities))).Distinct().ToList();
            var found = await store.GetEntitiesAsync(ids);
            people.AddRange(ids.Where(found.ContainsKey).Select(id => found[id]).Where(e => e.Kind == EntityKind.Person));
        }
        return people.Take(count).ToList();
    }
}
