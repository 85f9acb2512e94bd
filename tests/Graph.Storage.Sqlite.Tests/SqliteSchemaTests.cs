using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Contract;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Tests;

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N"));

    private string DbPath => Path.Combine(_folder, "nested", "graph.db");

    [Fact]
    public async Task A_missing_file_and_its_folder_are_created_at_the_current_schema_version()
    {
        using (var store = new SqliteGraphStore(DbPath)) await store.InitializeAsync();

        Assert.True(File.Exists(DbPath));
        Assert.Equal(SqliteSchema.CurrentVersion, UserVersion());
    }

    [Fact]
    public async Task What_was_written_survives_reopening_the_file()
    {
        using (var store = new SqliteGraphStore(DbPath))
        {
            await store.InitializeAsync();
            await store.WriteAsync(new([Some.Person("p1", "Sadio Camara")], [], []));
        }

        using var reopened = new SqliteGraphStore(DbPath);
        await reopened.InitializeAsync();

        Assert.Equal("Sadio Camara", (await reopened.GetEntitiesAsync(["p1"]))["p1"].Name);
    }

    [Fact]
    public async Task A_file_from_a_newer_build_is_refused_with_a_message_that_says_so()
    {
        using (var store = new SqliteGraphStore(DbPath)) await store.InitializeAsync();
        Execute($"PRAGMA user_version = {SqliteSchema.CurrentVersion + 1}");

        using var newer = new SqliteGraphStore(DbPath);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => newer.InitializeAsync());

        Assert.Contains("newer than this build", error.Message);
    }

    [Fact]
    public async Task A_file_at_version_2_upgrades_and_still_finds_entities_by_id_name_and_alias_ignoring_case()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
            connection.Open();
            SqliteSchema.Migrate(connection, target: 2);
        }
        // Rows as version 2 wrote them: every id, name and alias in entity_names.
        Execute("""
            INSERT INTO entities (seq, id, kind, name, body) VALUES
                (1, 'ofac', 'PublicBody', 'Office of Foreign Assets Control', '{"aliases":["OFAC","Treasury OFAC"],"properties":{},"sources":[]}'),
                (2, 'p1', 'Person', 'Sadio Camara', '{"aliases":[],"properties":{},"sources":[]}'),
                (3, 'NK-AbC', 'Person', 'Assimi Goïta', '{"aliases":[],"properties":{},"sources":[]}');
            INSERT OR IGNORE INTO entity_names (name, entity_seq) VALUES
                ('ofac', 1), ('Office of Foreign Assets Control', 1), ('OFAC', 1), ('Treasury OFAC', 1), ('p1', 2), ('Sadio Camara', 2),
                ('NK-AbC', 3), ('Assimi Goïta', 3);
            INSERT INTO entity_search (rowid, names) VALUES (1, 'Office of Foreign Assets Control' || char(10) || 'OFAC' || char(10) || 'Treasury OFAC'), (2, 'Sadio Camara');
            """);

        using var store = new SqliteGraphStore(DbPath);
        await store.InitializeAsync();

        Assert.Equal(SqliteSchema.CurrentVersion, UserVersion());
        var resolved = await store.ResolveNamesAsync(["OFAC", "office of foreign assets control", "treasury ofac", "P1", "sadio camara", "nk-abc", "NK-ABC", "nobody"]);
        Assert.Equal(["ofac", "ofac", "ofac", "p1", "p1", "NK-AbC", "NK-AbC"], resolved.Values);
        Assert.Equal("ofac", Assert.Single(await store.SearchAsync(new SearchQuery("treasury ofac", [], 10))).Entity.Id);
        await store.WriteAsync(new([new Entity("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control") { Aliases = ["Treasury"] }], [], []));
        Assert.Empty(await store.ResolveNamesAsync(["Treasury OFAC"]));
        Assert.Equal("ofac", (await store.ResolveNamesAsync(["treasury"]))["treasury"]);
    }

    [Fact]
    public async Task A_file_at_version_4_upgrades_with_last_seen_and_relationship_days_filled_from_the_bodies()
    {
        // Rows as version 4 wrote them: the same rows a current store writes, without the columns version 5 added.
        var written = Path.Combine(_folder, "written.db");
        using (var current = new SqliteGraphStore(written))
        {
            await current.InitializeAsync();
            await current.WriteAsync(new(
                [Some.Entity("ofac", EntityKind.PublicBody), Some.Person("a", "A"), Some.Person("b", "B"), Some.Person("c", "C")],
                [
                    Some.Sanction("kept", "ofac", "a") with { Dataset = "us_ofac_sdn", FirstSeen = PartialDate.Parse("2021-07-07"), LastSeen = PartialDate.Parse("2021-08-02") },
                    Some.Sanction("delisted", "ofac", "b") with
                    {
                        Dataset = "us_ofac_sdn", FirstSeen = PartialDate.Parse("2021-07-07"), LastSeen = PartialDate.Parse("2021-07-07"), EndedOn = PartialDate.Parse("2021-08-02"),
                    },
                ],
                [Some.Tie("a", "b") with { EndDate = PartialDate.Parse("2021-07") }, Some.Tie("a", "c") with { StartDate = PartialDate.Parse("2021") }]));
        }
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
            connection.Open();
            SqliteSchema.Migrate(connection, target: 4);
        }
        Execute($"""
            ATTACH DATABASE '{written}' AS written;
            INSERT INTO entities SELECT * FROM written.entities;
            INSERT INTO sanctions (seq, id, authority_id, target_id, listed_min, listed_max, body, dataset, first_seen, ended_min, ended_max)
                SELECT seq, id, authority_id, target_id, listed_min, listed_max, body, dataset, first_seen, ended_min, ended_max FROM written.sanctions;
            INSERT INTO relationships (seq, id, type, from_id, to_id, body) SELECT seq, id, type, from_id, to_id, body FROM written.relationships;
            """);

        using var store = new SqliteGraphStore(DbPath);
        await store.InitializeAsync();

        Assert.Equal(SqliteSchema.CurrentVersion, UserVersion());
        var known = await store.ListSanctionsAsync(new SanctionFilter { KnownAsOf = new DateOnly(2021, 8, 5) }, new PageRequest(10, null));
        Assert.Equal(["kept"], known.Items.Select(i => i.Node.Id));
        var knownBefore = await store.ListSanctionsAsync(new SanctionFilter { KnownAsOf = new DateOnly(2021, 7, 20) }, new PageRequest(10, null));
        Assert.Equal(["kept", "delisted"], knownBefore.Items.Select(i => i.Node.Id));
        Assert.Equal(["b"], (await store.GetRelationshipsAsync(["a"], RelationshipFilter.All with { AsOf = new DateOnly(2020, 7, 31) })).Select(r => r.ToId));
        Assert.Equal(["c"], (await store.GetRelationshipsAsync(["a"], RelationshipFilter.All with { AsOf = new DateOnly(2021, 8, 1) })).Select(r => r.ToId));
        Assert.Equal(["b", "c"], (await store.GetRelationshipsAsync(["a"], RelationshipFilter.All with { AsOf = new DateOnly(2021, 7, 31) })).Select(r => r.ToId));
    }

    [Fact]
    public async Task A_new_file_has_16_KiB_pages()
    {
        using (var store = new SqliteGraphStore(DbPath)) await store.InitializeAsync();

        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        Assert.Equal(16384L, command.ExecuteScalar());
    }

    [Fact]
    public async Task A_write_by_another_connection_moves_the_change_stamp_within_a_moment()
    {
        using var reader = new SqliteGraphStore(DbPath);
        using var writer = new SqliteGraphStore(DbPath);
        await reader.InitializeAsync();
        var before = await reader.GetChangeStampAsync();
        await Task.Delay(300);
        Assert.Equal(before, await reader.GetChangeStampAsync());

        await writer.WriteAsync(new([Some.Person("p1", "Sadio Camara")], [], []));
        await Task.Delay(300);

        Assert.NotEqual(before, await reader.GetChangeStampAsync());
    }

    [Fact]
    public async Task A_write_through_the_same_store_moves_the_change_stamp_at_once()
    {
        using var store = new SqliteGraphStore(DbPath);
        await store.InitializeAsync();
        var before = await store.GetChangeStampAsync();

        await store.WriteAsync(new([Some.Person("p1", "Sadio Camara")], [], []));

        Assert.NotEqual(before, await store.GetChangeStampAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private long UserVersion()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
