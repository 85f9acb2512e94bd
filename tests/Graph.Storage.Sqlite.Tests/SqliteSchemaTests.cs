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
