using Graph.Import.Running;
using Graph.Storage.Sqlite;

namespace Graph.Import.Tests.Running;

/// <summary>A fresh SQLite store file of its own, with an importer over it; removed afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N"));

    public TempStore()
    {
        Store = new SqliteGraphStore(Path.Combine(_folder, "graph.db"));
        Store.InitializeAsync().GetAwaiter().GetResult();
        Importer = new DesignationImporter(Store);
    }

    internal SqliteGraphStore Store { get; }

    public DesignationImporter Importer { get; }

    public string Folder => _folder;

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public void Dispose()
    {
        Store.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
