using Graph.Domain.Store;
using Graph.Storage.Contract;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>The store contract, run against a fresh SQLite file per test.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N"));

    protected override Task<IGraphStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(Path.Combine(_folder, "graph.db")));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
