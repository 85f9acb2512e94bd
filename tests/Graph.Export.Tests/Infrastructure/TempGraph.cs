using Graph.Import.Reading;
using Graph.Domain.Store;
using Graph.Import;
using Graph.Import.Running;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Export.Tests.Infrastructure;

/// <summary>A fresh SQLite store file of its own, registered as the service registers it; removed afterwards.</summary>
internal sealed class TempGraph : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TempGraph(string folder)
    {
        Folder = folder;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{SqliteStoreOptions.Section}:Path"] = Path.Combine(folder, "graph.db") })
            .Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSqliteGraphStore().BuildServiceProvider();
        Store = _services.GetRequiredService<IGraphStore>();
    }

    public IGraphStore Store { get; }

    /// <summary>A folder of this store's own for files the test writes.</summary>
    public string Folder { get; }

    public static async Task<TempGraph> CreateAsync()
    {
        var graph = new TempGraph(Path.Combine(Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(graph.Folder);
        await graph.Store.InitializeAsync();
        return graph;
    }

    /// <summary>A store holding the records of <paramref name="batch"/>.</summary>
    public static async Task<TempGraph> WithAsync(GraphBatch batch)
    {
        var graph = await CreateAsync();
        await graph.Store.WriteAsync(batch);
        return graph;
    }

    /// <summary>A store holding the project's seed data, imported as the service imports it.</summary>
    public static async Task<TempGraph> WithSeedAsync()
    {
        var graph = await CreateAsync();
        await graph.ImportAsync(Path.Combine(AppContext.BaseDirectory, "seed-data"), ImportFormats.Named("seed"));
        return graph;
    }

    public async Task ImportAsync(string path, ImportFormat format)
    {
        var report = await new DesignationImporter(Store).ImportAsync(ImportSource.FromPath(path), format, new ImportOptions(new DateOnly(2024, 5, 1)));
        Assert.True(report.Succeeded, string.Join("\n", report.Rejected.Select(e => e.ToString())));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
