using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Tells when the file may have changed. Writes through this store bump a counter at once; commits by other
/// connections or processes (the CLI importing into the file the service reads) move SQLite's
/// <c>PRAGMA data_version</c> on a connection kept for watching, which is polled at most every quarter second.
/// </summary>
internal sealed class SqliteChangeWatcher(string connectionString, int busyTimeoutMs) : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private long _localWrites;
    private long _dataVersion;
    private long _lastPoll;

    public void WroteLocally() => Interlocked.Increment(ref _localWrites);

    public long Stamp()
    {
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastPoll) >= PollInterval.TotalMilliseconds)
        {
            lock (_gate)
            {
                if (now - _lastPoll >= PollInterval.TotalMilliseconds)
                {
                    _connection ??= Open();
                    using var command = _connection.CreateCommand();
                    command.CommandText = "PRAGMA data_version";
                    _dataVersion = (long)command.ExecuteScalar()!;
                    Interlocked.Exchange(ref _lastPoll, now);
                }
            }
        }
        // Local writes move the stamp at once; the watched version moves it for everyone else's.
        return (Interlocked.Read(ref _localWrites) << 32) ^ Volatile.Read(ref _dataVersion);
    }

    public void Dispose()
    {
        lock (_gate) _connection?.Dispose();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMs}";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
