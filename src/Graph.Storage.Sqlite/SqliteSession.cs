using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// One open connection with its prepared commands. Sessions are pooled by <see cref="SqliteSessionPool"/>,
/// so a statement is compiled once per connection rather than once per call.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteSession(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    public SqliteTransaction? Transaction { get; private set; }

    /// <summary>The cached command for <paramref name="sql"/>, its parameters set to <paramref name="arguments"/> in order of name.</summary>
    public SqliteCommand Command(string sql, params (string Name, object? Value)[] arguments)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in arguments) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            _commands[sql] = command;
        }
        command.Transaction = Transaction;
        foreach (var (name, value) in arguments) command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }

    public SqliteTransaction BeginTransaction()
    {
        Transaction = Connection.BeginTransaction();
        return Transaction;
    }

    public void EndTransaction()
    {
        Transaction?.Dispose();
        Transaction = null;
    }

    public void Dispose()
    {
        EndTransaction();
        foreach (var command in _commands.Values) command.Dispose();
        Connection.Dispose();
    }
}
