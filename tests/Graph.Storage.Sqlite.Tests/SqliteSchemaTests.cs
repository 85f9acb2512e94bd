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
