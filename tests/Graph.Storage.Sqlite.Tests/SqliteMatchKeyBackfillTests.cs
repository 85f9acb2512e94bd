using Graph.Domain.Matching;
using Graph.Domain.Store;
using Graph.Storage.Contract;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>Files whose match-candidate index is missing or was built under other rules get it built when the store starts.</summary>
public sealed class SqliteMatchKeyBackfillTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N"));

    private string DbPath => Path.Combine(_folder, "graph.db");

    [Fact]
    public async Task A_file_at_version_3_gets_its_match_keys_built_on_initialise_and_then_finds_candidates()
    {
        Directory.CreateDirectory(_folder);
        using (var connection = Open())
        {
            SqliteSchema.Migrate(connection, target: 3);
        }
        // Rows as version 3 wrote them, with no match keys anywhere.
        Execute("""
            INSERT INTO entities (seq, id, kind, name, body) VALUES
                (1, 'p1', 'Person', 'Sadio Camara', '{}'),
                (2, 'p2', 'Person', 'Alou Diarra', '{"aliases":["Boubacar Traore"]}'),
                (3, 'p3', 'Person', 'Anna Keller', '{"properties":{"passportNumber":["AB 123456"]}}');
            INSERT INTO entity_aliases (alias, entity_seq) VALUES ('Boubacar Traore', 2);
            """);

        using var store = new SqliteGraphStore(DbPath);
        await store.InitializeAsync();

        Assert.Equal((long)SqliteSchema.CurrentVersion, Scalar("PRAGMA user_version"));
        Assert.Equal((long)MatchKeys.Version, Scalar("SELECT version FROM match_keys_version"));
        Assert.Equal(["p1"], await Candidates(store, new MatchQuery("Camara Sadio")));
        Assert.Equal(["p2"], await Candidates(store, new MatchQuery("Boubacar Traoré")));
        Assert.Equal(["p3"], await Candidates(store, new MatchQuery("Someone Else") { Identifiers = ["AB123456"] }));
    }

    [Fact]
    public async Task An_index_built_under_other_rules_is_built_again_and_an_index_in_step_is_left_alone()
    {
        using (var store = new SqliteGraphStore(DbPath))
        {
            await store.InitializeAsync();
            await store.WriteAsync(new([Some.Person("p1", "Sadio Camara")], [], []));
        }
        Execute($"INSERT INTO entity_match_keys (entity_match_keys) VALUES ('delete-all'); UPDATE match_keys_version SET version = {MatchKeys.Version + 1};");

        using (var store = new SqliteGraphStore(DbPath))
        {
            await store.InitializeAsync();
            Assert.Equal(["p1"], await Candidates(store, new MatchQuery("Sadio Camara")));
        }
        Assert.Equal((long)MatchKeys.Version, Scalar("SELECT version FROM match_keys_version"));

        // In step: a second start reads the version and builds nothing, so emptied rows stay empty.
        Execute("INSERT INTO entity_match_keys (entity_match_keys) VALUES ('delete-all')");
        using (var store = new SqliteGraphStore(DbPath))
        {
            await store.InitializeAsync();
            Assert.Empty(await Candidates(store, new MatchQuery("Sadio Camara")));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static async Task<IReadOnlyList<string>> Candidates(SqliteGraphStore store, MatchQuery query) =>
        (await store.FindMatchCandidatesAsync(new MatchCandidateQuery(MatchKeys.OfQuery(query), 10))).EntityIds;

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        return connection;
    }

    private object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
