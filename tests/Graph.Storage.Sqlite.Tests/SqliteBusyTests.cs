using System.Diagnostics;
using Graph.Domain.Store;
using Graph.Storage.Contract;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>A file held by another connection past the busy timeout makes reads and writes fail as busy, never with a raw SQLite error.</summary>
public sealed class SqliteBusyTests : IDisposable
{
    private readonly TempStoreFile _file = new();

    [Fact]
    public async Task A_write_while_another_connection_holds_the_write_lock_is_refused_as_busy_and_succeeds_once_it_is_released()
    {
        using var store = Open();
        await store.InitializeAsync();
        using var other = _file.Connect();
        using var hold = other.BeginTransaction(deferred: false);

        var clock = Stopwatch.StartNew();
        var busy = await Assert.ThrowsAsync<StoreBusyException>(() => store.WriteAsync(new([Some.Person("p1", "Sadio Camara")], [], [])));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the write waited {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(busy.RetryAfter > TimeSpan.Zero);
        Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(busy.InnerException);
        hold.Rollback();
        await store.WriteAsync(new([Some.Person("p1", "Sadio Camara")], [], []));
        Assert.Equal(1, (await store.GetStatisticsAsync()).Entities);
    }

    [Fact]
    public async Task A_read_of_a_file_another_connection_holds_under_a_rollback_journal_is_refused_as_busy()
    {
        using (var store = Open()) await store.InitializeAsync();
        using var other = _file.Connect();
        // Under a rollback journal, unlike under the log, a writer's exclusive lock keeps every reader out.
        Assert.Equal("delete", Execute(other, "PRAGMA journal_mode = DELETE"));
        Execute(other, "BEGIN EXCLUSIVE");

        using var reader = Open();
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StoreBusyException>(() => reader.GetStatisticsAsync());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the read waited {clock.Elapsed.TotalSeconds:F1} s");
    }

    public void Dispose() => _file.Dispose();

    private SqliteGraphStore Open() => new(new SqliteStoreOptions { Path = _file.Path, BusyTimeoutSeconds = 1 });

    private static object? Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
