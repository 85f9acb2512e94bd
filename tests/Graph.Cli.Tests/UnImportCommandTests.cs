using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

/// <summary>The UN list through the command line: dated by its own dateGenerated, queryable by its authority.</summary>
public sealed class UnImportCommandTests : IDisposable
{
    private readonly GraphCli _cli = new();

    private Task<(int ExitCode, string Output, string Errors)> Import(string name) =>
        _cli.RunAsync(["import", GraphCli.Fixture("Fixtures", "un-xml", name), "--format", "un-xml", "--store", _cli.StorePath, "--json"]);

    [Fact]
    public async Task Both_publications_import_and_the_security_council_s_sanctions_are_queryable()
    {
        var february = await Import("consolidated.xml");
        var march = await Import("consolidated-2026-03-06.xml");

        Assert.True(february.ExitCode == 0, february.Output + february.Errors);
        Assert.True(march.ExitCode == 0, march.Output + march.Errors);
        Assert.Equal(5, JsonNode.Parse(february.Output)!["sanctions"]!["created"]!.GetValue<int>());
        Assert.Equal(1, JsonNode.Parse(march.Output)!["delisted"]!.GetValue<int>());
        var data = await _cli.QueryAsync("""
            { active: sanctions(filter: { authority: "United Nations Security Council", activeOn: "2026-03-06" }) { totalCount }
              february: sanctions(filter: { authority: "un-sc", activeOn: "2026-02-27", dataset: "un_sc_sanctions" }) { totalCount } }
            """);
        Assert.Equal(4, data["active"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(5, data["february"]!["totalCount"]!.GetValue<int>());
    }

    public void Dispose() => _cli.Dispose();
}
