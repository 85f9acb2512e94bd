using Graph.Storage.Sqlite;

namespace Graph.Benchmarks;

/// <summary>Opens an existing store file for reading, migrated to this build's schema like the service does on start.</summary>
internal static class StoreFile
{
    public static async Task<SqliteGraphStore> OpenAsync(string path)
    {
        if (!File.Exists(path)) throw new ArgumentException($"There is no store file '{path}'; run 'generate' first.");
        var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        return store;
    }
}
