using Graph.Import;
using Graph.Import.Reading;
using Graph.Import.Ftm;
using Graph.Import.Running;
using Graph.Import.Tests.Running;

namespace Graph.Import.Tests.Hostile;

/// <summary>Nesting is bounded before a parser can overflow the stack: 20,000 levels are a rejected record, not a dead process.</summary>
public sealed class NestingTests : IDisposable
{
    private readonly TempStore _temp = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_seed_file_nested_20000_deep_is_rejected_with_its_line(bool dryRun)
    {
        var path = _temp.File("deep.yaml", "entities:\n  - id: x\n    aliases: " + new string('[', 20_000) + new string(']', 20_000) + "\n");

        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(path), ImportFormats.Named("seed"), new ImportOptions(new DateOnly(2024, 1, 2), dryRun));

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Rejected);
        Assert.Equal((3, "(yaml)", "nesting deeper than 64."), (error.Line, error.Field, error.Message));
        Assert.EndsWith("deep.yaml:3: (yaml): nesting deeper than 64.", error.ToString());
    }

    [Fact]
    public async Task Block_style_nesting_is_bounded_too()
    {
        var yaml = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + "k:\n"));
        var path = _temp.File("block.yaml", yaml);

        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(path), ImportFormats.Named("seed"), new ImportOptions(new DateOnly(2024, 1, 2)));

        Assert.Equal("nesting deeper than 64.", Assert.Single(report.Rejected).Message);
    }

    [Fact]
    public async Task Nesting_the_seed_format_uses_is_far_below_the_bound()
    {
        var report = await _temp.Importer.ImportAsync(ImportSource.FromPath(Path.Combine(AppContext.BaseDirectory, "seed-data")), ImportFormats.Named("seed"),
            new ImportOptions(new DateOnly(2024, 1, 2), DryRun: true));

        Assert.True(report.Succeeded, string.Join("; ", report.Rejected));
    }

    [Fact]
    public async Task An_ftm_line_nested_20000_deep_is_a_rejected_line()
    {
        var deep = "{\"id\":\"deep\",\"schema\":\"Person\",\"properties\":{\"name\":" + new string('[', 20_000) + new string(']', 20_000) + "}}";
        using var reader = new StringReader("{\"id\":\"ok\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ok\"]}}\n" + deep + "\n");

        var parsed = await FtmReader.ReadAsync(reader, "deep.ftm.json");

        var error = Assert.Single(parsed.Rejected);
        Assert.Equal((2, "(json)"), (error.Line, error.Field));
        Assert.Contains("depth", error.Message);
        Assert.Equal(["ok"], parsed.Entities.Select(e => e.Id));
    }

    public void Dispose() => _temp.Dispose();
}
