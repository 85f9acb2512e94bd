using Graph.Storage.Sqlite;

namespace Graph.Import.Tests.Seed;

/// <summary>A scratch folder for seed files and a store file of its own, removed afterwards.</summary>
internal sealed class TempSeed : IDisposable
{
    public TempSeed()
    {
        Directory.CreateDirectory(Folder);
        Store = new SqliteGraphStore(Path.Combine(Root, "graph.db"));
        Store.InitializeAsync().GetAwaiter().GetResult();
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(Root, "seed");

    internal SqliteGraphStore Store { get; }

    public string File(string name, string yaml)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose()
    {
        Store.Dispose();
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
