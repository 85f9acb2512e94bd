using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// A first, large write into an empty file builds its secondary indexes after its rows (FirstLoadIndexes): the file
/// ends with every index a new file declares, used as before, and a write that fails leaves them all in place.
/// </summary>
public sealed class SqliteFirstLoadTests : IDisposable
{
    // Above FirstLoadJournal.MinRecords, the size from which the indexes are deferred.
    private const int People = 40_000;

    private readonly TempStoreFile _file = new();
    private readonly TempStoreFile _freshFile = new();

    [Fact]
    public async Task A_first_large_write_ends_with_every_index_a_new_file_declares_and_finds_records_through_them()
    {
        using var fresh = await OpenAsync(_freshFile);
        using var store = await OpenAsync(_file);
        var declared = await IndexesAsync(fresh);

        await store.WriteAsync(LargeBatch());

        Assert.Equal(declared, await IndexesAsync(store));
        Assert.Contains("relationships_by_to", await PlanAsync(store, "SELECT id FROM relationships WHERE to_id = 'p7'"));
        Assert.Contains("entities_by_name", await PlanAsync(store, "SELECT id FROM entities WHERE name = 'PERSON 7' COLLATE NOCASE"));
        var ties = await store.GetRelationshipsAsync(["p7"], new RelationshipFilter([], Direction.Both));
        Assert.Equal(["p6--associate--p7", "p7--associate--p8"], ties.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["s7"], (await store.GetSanctionsTargetingAsync(["p7"], SanctionTiming.Any)).Select(s => s.Id));
        Assert.Equal("p7", (await store.ResolveNamesAsync(["person 7"]))["person 7"]);
    }

    [Fact]
    public async Task A_first_large_write_that_fails_after_its_rows_leaves_the_file_empty_with_every_index()
    {
        using var store = await OpenAsync(_file);
        var declared = await IndexesAsync(store);
        var batch = LargeBatch();
        // A relationship without a type breaks the table's NOT NULL: the last one fails the write once every other row is in.
        var broken = batch with { Relationships = [.. batch.Relationships, Some.Tie("p1", "p2") with { Type = null! }] };

        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync(broken));

        Assert.True((await store.GetStatisticsAsync()).IsEmpty);
        Assert.Equal(declared, await IndexesAsync(store));
    }

    public void Dispose()
    {
        _file.Dispose();
        _freshFile.Dispose();
    }

    private static GraphBatch LargeBatch() => new(
        [.. Enumerable.Range(0, People).Select(i => Some.Person($"p{i}", $"Person {i}"))],
        [.. Enumerable.Range(0, People / 4).Select(i => Some.Sanction($"s{i}", "ofac", $"p{i}", "2023-07-24", "MALI-EO13882"))],
        [.. Enumerable.Range(1, People - 1).Select(i => Some.Tie($"p{i - 1}", $"p{i}"))]);

    private static Task<List<string>> IndexesAsync(SqliteGraphStore store) => store.Read(session =>
    {
        using var reader = session.Command("SELECT name || ': ' || coalesce(sql, '(constraint)') FROM sqlite_schema WHERE type = 'index' ORDER BY name").ExecuteReader();
        var indexes = new List<string>();
        while (reader.Read()) indexes.Add(reader.GetString(0));
        return indexes;
    }, CancellationToken.None);

    private static Task<string> PlanAsync(SqliteGraphStore store, string query) => store.Read(session =>
    {
        using var reader = session.Command("EXPLAIN QUERY PLAN " + query).ExecuteReader();
        var plan = new List<string>();
        while (reader.Read()) plan.Add(reader.GetString(3));
        return string.Join("\n", plan);
    }, CancellationToken.None);

    private static async Task<SqliteGraphStore> OpenAsync(TempStoreFile file)
    {
        var store = new SqliteGraphStore(file.Path);
        await store.InitializeAsync();
        return store;
    }
}
