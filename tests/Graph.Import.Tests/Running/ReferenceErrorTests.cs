using Graph.Import.Reading;
using Graph.Import.Running;

namespace Graph.Import.Tests.Running;

/// <summary>The runner checks every format's references once, and names the file and line of a record that points nowhere.</summary>
public sealed class ReferenceErrorTests : IDisposable
{
    private readonly TempStore _temp = new();

    [Fact]
    public async Task An_FtM_sanction_and_edge_that_point_at_no_entity_are_named_by_their_own_lines_and_nothing_is_written()
    {
        const string Lines = """
            {"id":"p","schema":"Person","properties":{"name":["Present Person"]}}
            {"id":"s","schema":"Sanction","properties":{"entity":["ghost"],"authority":["OFAC"]}}

            {"id":"o","schema":"Ownership","properties":{"owner":["p"],"asset":["missing-company"]}}
            """;

        var report = await _temp.Importer.ImportAsync(ImportSource.FromText("refs.ftm.json", Lines), ImportFormats.Named("ftm"), new ImportOptions(new DateOnly(2024, 1, 1)));

        Assert.False(report.Succeeded);
        Assert.Equal(
            [("refs.ftm.json", 2, "target", "'s' points at 'ghost'"), ("refs.ftm.json", 4, "to", "'o' points at 'missing-company'")],
            report.Rejected.Select(e => (e.File, e.Line, e.Field, e.Message[..e.Message.IndexOf(',')])));
        Assert.True((await _temp.Store.GetStatisticsAsync()).IsEmpty);
    }

    [Fact]
    public async Task A_reference_to_an_entity_already_in_the_graph_resolves()
    {
        await _temp.Importer.ImportAsync(ImportSource.FromText("first.ftm.json", """{"id":"p","schema":"Person","properties":{"name":["Present Person"]}}"""),
            ImportFormats.Named("ftm"), new ImportOptions(new DateOnly(2024, 1, 1)));

        var report = await _temp.Importer.ImportAsync(ImportSource.FromText("second.ftm.json", """{"id":"s","schema":"Sanction","properties":{"entity":["p"],"authority":["OFAC"]}}"""),
            ImportFormats.Named("ftm"), new ImportOptions(new DateOnly(2024, 1, 2)));

        Assert.True(report.Succeeded, string.Join("; ", report.Rejected));
        Assert.Equal(1, report.Sanctions.Created);
    }

    public void Dispose() => _temp.Dispose();
}
