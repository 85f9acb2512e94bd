using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>A folder of its own for one test's store file, removed afterwards.</summary>
internal sealed class TempStoreFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "graph.db");

    /// <summary>A plain connection to the file, outside the store, as another process would open it.</summary>
    public SqliteConnection Connect()
    {
        Directory.CreateDirectory(_folder);
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
