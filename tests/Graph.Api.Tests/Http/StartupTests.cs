using Graph.Api.Tests.Infrastructure;
using Graph.Import;

namespace Graph.Api.Tests.Http;

public sealed class StartupTests : IDisposable
{
    private readonly string _seed = Path.Combine(Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_broken_seed_stops_the_start_naming_file_line_and_field_and_loads_nothing()
    {
        Directory.CreateDirectory(_seed);
        File.WriteAllText(Path.Combine(_seed, "broken.yaml"), "documents:\n  - { id: d, title: T }\nentities:\n  - id: x\n    kind: person\n    name: X\n    sources: [{ document: d }]\n");
        using var app = new GraphApp(new() { ["Seed:Path"] = _seed });

        var error = Assert.ThrowsAny<Exception>(() => app.Client());

        var rejected = Assert.IsType<ImportFailedException>(error.GetBaseException());
        Assert.Contains("broken.yaml:7: sources[0].quote:", rejected.Message);
        using var store = new Storage.Sqlite.SqliteGraphStore(app.DatabasePath);
        Assert.True((await store.GetStatisticsAsync()).IsEmpty);
    }

    [Fact]
    public async Task A_store_that_already_holds_data_is_not_seeded_again()
    {
        using var first = new GraphApp();
        using (var client = first.Client()) await client.Data("{ statistics { entities } }");
        var path = first.DatabasePath;
        using var second = new GraphApp(new() { ["Store:Path"] = path, ["Seed:Path"] = Path.Combine(_seed, "does-not-exist") });

        using var again = second.Client();
        var data = await again.Data("{ statistics { entities } }");

        Assert.True(data["statistics"]!["entities"]!.GetValue<int>() > 0);
    }

    public void Dispose()
    {
        if (Directory.Exists(_seed)) Directory.Delete(_seed, recursive: true);
    }
}
