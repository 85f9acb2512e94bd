using Graph.Import.Running;
using Graph.Storage.Sqlite;

namespace Graph.Import.Tests.Running;

/// <summary>A fresh SQLite store file of its own, with an importer over it and a folder for seed files; removed afterwards.</summary>
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

    /// <summary>Where <see cref="File"/> writes seed files.</summary>
    public string SeedFolder => Path.Combine(_folder, "seed");

    public string File(string name, string yaml)
    {
        Directory.CreateDirectory(SeedFolder);
        var path = Path.Combine(SeedFolder, name);
        System.IO.File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public void Dispose()
    {
        Store.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
