using Graph.Import;
using Graph.Import.Reading;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Ftm;

/// <summary>An escape of half a surrogate pair is well-formed JSON text but no string: the line is rejected, the import goes on.</summary>
public sealed class FtmBadEscapeTests : IDisposable
{
    private static readonly string[] Lines =
    [
        """{"id":"good-1","schema":"Person","properties":{"name":["Good One"]}}""",
        """{"id":"bad","schema":"Person","properties":{"name":["\ud800"]}}""",
        """{"id":"good-3","schema":"Person","properties":{"name":["Good Three"]}}""",
    ];

    private readonly TempStore _temp = new();

    [Theory]
    [InlineData("""{"id":"bad","schema":"Person","properties":{"name":["\ud800"]}}""")]
    [InlineData("""{"id":"\udc00","schema":"Person","properties":{"name":["X"]}}""")]
    [InlineData("""{"id":"bad","schema":"Person","properties":{"\ud800":["X"]}}""")]
    [InlineData("""{"id":"bad","schema":"Person","properties":{"name":["X"]},"sources":[{"title":"\ud83e"}]}""")]
    [InlineData("""{"id":"bad","schema":"Person","properties":{"name":["X"]},"note":"end \udfff"}""")]
    public void The_line_is_rejected_as_invalid_json(string line)
    {
        var parsed = FtmFixtures.Lines(Lines[0], line);

        var error = Assert.Single(parsed.Rejected);
        Assert.Equal((2, "(json)"), (error.Line, error.Field));
        Assert.Contains("is not valid JSON at byte", error.Message);
        Assert.Equal(["good-1"], parsed.Entities.Select(e => e.Id));
    }

    [Fact]
    public async Task Without_skip_invalid_the_import_is_rejected_naming_the_line_and_nothing_is_written()
    {
        var report = await ImportAsync(skipInvalid: false);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Rejected);
        Assert.Equal(("bad-escape.ftm.json", 2, "(json)"), (Path.GetFileName(error.File), error.Line, error.Field));
        Assert.Equal(0L, (await _temp.Store.GetStatisticsAsync()).Entities);
    }

    [Fact]
    public async Task With_skip_invalid_the_good_lines_are_imported()
    {
        var report = await ImportAsync(skipInvalid: true);

        Assert.True(report.Succeeded);
        Assert.Equal(2, report.Entities.Created);
        Assert.Equal(2, (await _temp.Store.GetEntitiesAsync(["good-1", "good-3", "bad"])).Count);
    }

    private Task<ImportReport> ImportAsync(bool skipInvalid)
    {
        Directory.CreateDirectory(_temp.Folder);
        var path = Path.Combine(_temp.Folder, "bad-escape.ftm.json");
        File.WriteAllText(path, string.Join('\n', Lines));
        return _temp.Importer.ImportAsync(ImportSource.FromPath(path), ImportFormats.Named("ftm"), new ImportOptions(new DateOnly(2024, 5, 1), SkipInvalid: skipInvalid));
    }

    public void Dispose() => _temp.Dispose();
}
