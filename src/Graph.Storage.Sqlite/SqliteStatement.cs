using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Storage.Sqlite;

/// <summary>
/// One prepared statement driven through SQLite's own API, for the write path. Microsoft.Data.Sqlite spends a few
/// microseconds per execution on parameter and reader bookkeeping, more than SQLite itself spends on a row; a bulk
/// import executes several statements per record. Parameters are positional (<c>?1</c>, <c>?2</c>…) and text is
/// bound as UTF-8, which SQLite copies at once, so one scratch buffer serves every parameter.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _scratch = new byte[1024];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection must be open to prepare a statement.");
        Check(raw.sqlite3_prepare_v3(_db, sql, raw.SQLITE_PREPARE_PERSISTENT, out _statement));
    }

    public SqliteStatement Bind(int index, string? value)
    {
        if (value is null) return Null(index);
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _scratch.Length) _scratch = new byte[Math.Max(most, _scratch.Length * 2)];
        return Bind(index, _scratch.AsSpan(0, Encoding.UTF8.GetBytes(value, _scratch)));
    }

    public SqliteStatement Bind(int index, ReadOnlySpan<byte> utf8)
    {
        Check(raw.sqlite3_bind_text(_statement, index, utf8));
        return this;
    }

    public SqliteStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    public SqliteStatement Null(int index)
    {
        Check(raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    /// <summary>Runs the statement to its end and returns how many rows it changed.</summary>
    public int Execute()
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW) { }
            if (rc != raw.SQLITE_DONE) Check(rc);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement and returns the first column of its first row (a RETURNING clause), or null without rows.</summary>
    public long? ExecuteInt64()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE) return null;
            if (rc != raw.SQLITE_ROW) Check(rc);
            var value = raw.sqlite3_column_int64(_statement, 0);
            // RETURNING makes its changes on the first step; the remaining rows are read so that the statement completes.
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW) { }
            if (rc != raw.SQLITE_DONE) Check(rc);
            return value;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The rowid of the last row inserted through the connection.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
