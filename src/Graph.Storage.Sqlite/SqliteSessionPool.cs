using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Keeps open sessions to one file so that reads pay neither open nor compile costs.</summary>
internal sealed class SqliteSessionPool : IDisposable
{
    /// <summary>The page cache of each connection, in KiB; a large write raises its own while it runs.</summary>
    public const long CacheKiB = 65536;

    private const int MaxIdle = 32;
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private volatile bool _disposed;

    public SqliteSessionPool(string path, TimeSpan busyTimeout)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("The store path must name a file.", nameof(path));
        if (busyTimeout < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(busyTimeout), busyTimeout, "The busy timeout cannot be negative.");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        _busyTimeoutMs = (int)busyTimeout.TotalMilliseconds;
        // Microsoft.Data.Sqlite retries a busy statement itself until the command timeout, after SQLite's own busy
        // handler gave up: both get the same bound, so that a held lock costs one timeout, not two.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
    }

    public string ConnectionString => _connectionString;

    public int BusyTimeoutMs => _busyTimeoutMs;

    public Lease Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new Lease(this, _idle.TryTake(out var session) ? session : Open());
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session)) session.Dispose();
    }

    private SqliteSession Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // WAL lets readers run beside the one writer; NORMAL sync never corrupts under WAL and loses at most the last commits on power loss.
            // The page size applies to a new file only (it must come before WAL, which fixes it): 16 KiB pages make a
            // bulk write's log and checkpoint a third cheaper than the default 4 KiB, and cost lookups nothing measurable.
            command.CommandText = $"""
                PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
                PRAGMA cache_size = -{CacheKiB}; PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY;
                """;
            command.ExecuteNonQuery();
            return new SqliteSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Return(SqliteSession session, bool reusable)
    {
        if (!reusable || _disposed || session.Transaction is not null || _idle.Count >= MaxIdle)
        {
            session.Dispose();
            return;
        }
        _idle.Add(session);
    }

    /// <summary>A session on loan; disposing it gives the session back.</summary>
    public readonly struct Lease(SqliteSessionPool pool, SqliteSession session) : IDisposable
    {
        public SqliteSession Session { get; } = session;

        public void Dispose() => pool.Return(Session, reusable: true);

        /// <summary>Closes the session instead of giving it back: a call was interrupted in it, or failed in a way that may have left state behind.</summary>
        public void Discard() => pool.Return(Session, reusable: false);
    }
}
