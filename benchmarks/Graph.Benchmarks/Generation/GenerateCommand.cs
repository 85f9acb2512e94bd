using System.Diagnostics;
using System.Globalization;
using Graph.Storage.Sqlite;

namespace Graph.Benchmarks.Generation;

/// <summary><c>generate --entities N --out FILE [--seed 42] [--batch 50000]</c>: writes a synthetic graph into a new store file.</summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(CommandArgs command)
    {
        var entities = command.Int("entities", 0);
        var path = command.Required("out");
        var seed = command.Int("seed", 42, min: 0);
        var batchSize = command.Int("batch", 50_000);
        if (entities <= EntityFactory.AuthorityCount) throw new ArgumentException($"--entities must be more than {EntityFactory.AuthorityCount}.");
        if (File.Exists(path)) throw new ArgumentException($"'{path}' exists; the generator writes only new files, so delete it first.");

        var graph = new SyntheticGraph(entities, seed, batchSize);
        using var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        var clock = Stopwatch.StartNew();
        long written = 0;
        var relationshipsStarted = TimeSpan.Zero;
        foreach (var batch in graph.Batches())
        {
            if (batch.Relationships.Count > 0 && relationshipsStarted == TimeSpan.Zero) relationshipsStarted = clock.Elapsed;
            await store.WriteAsync(batch);
            written += batch.Entities.Count + batch.Sanctions.Count + batch.Relationships.Count;
            Console.Error.Write(FormattableString.Invariant($"\r{written:N0} records, {clock.Elapsed.TotalSeconds:F0} s"));
        }
        clock.Stop();
        Console.Error.WriteLine();

        var statistics = await store.GetStatisticsAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"Generated {statistics.Entities:N0} entities, {statistics.Sanctions:N0} sanctions, {statistics.Relationships:N0} relationships (highest degree {graph.HighestDegree}) into {path}"));
        Console.WriteLine(FormattableString.Invariant($"Time {seconds:F1} s, {written / seconds:N0} rows/s (seed {seed}, batches of {batchSize:N0})"));
        Console.WriteLine(FormattableString.Invariant(
            $"Entities and sanctions {relationshipsStarted.TotalSeconds:F1} s, relationships {seconds - relationshipsStarted.TotalSeconds:F1} s ({statistics.Relationships / (seconds - relationshipsStarted.TotalSeconds):N0} rows/s)"));
        store.Dispose();
        Console.WriteLine($"File size {FileSize(path)} (after checkpoint)");
        return 0;
    }

    private static string FileSize(string path)
    {
        var bytes = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        return string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MiB");
    }
}
