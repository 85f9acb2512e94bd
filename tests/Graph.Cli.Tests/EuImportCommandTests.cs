using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

/// <summary><c>graph import FILE --format eu-xml</c>: the EU's publications, dated by their generationDate, in date order.</summary>
public sealed class EuImportCommandTests : IDisposable
{
    private readonly GraphCli _cli = new();

    private Task<(int ExitCode, string Output, string Errors)> Import(string file) =>
        _cli.RunAsync(["import", GraphCli.Fixture("Fixtures", "eu", file), "--format", "eu-xml", "--store", _cli.StorePath, "--json"]);

    [Fact]
    public async Task Two_publications_import_without_a_published_day_and_the_later_one_delists_what_it_dropped()
    {
        var may = await Import("publication.xml");
        var june = await Import("later.xml");

        Assert.True(may.ExitCode == 0, may.Output + may.Errors);
        Assert.True(june.ExitCode == 0, june.Output + june.Errors);
        Assert.Equal(6, JsonNode.Parse(may.Output)!["sanctions"]!["created"]!.GetValue<int>());
        Assert.Equal(1, JsonNode.Parse(june.Output)!["delisted"]!.GetValue<int>());
        var data = await _cli.QueryAsync("""
            { changes(since: "2024-06-03", authority: "European Union") { nodes { kind sanction { id endedOn listedOn authority { name } } } }
              active: sanctions(filter: { authority: "eu", activeOn: "2024-06-03" }) { totalCount } }
            """);
        var ended = Assert.Single(data["changes"]!["nodes"]!.AsArray())!;
        Assert.Equal("ENDED", ended["kind"]!.GetValue<string>());
        Assert.Equal("eu-sanction-5001", ended["sanction"]!["id"]!.GetValue<string>());
        Assert.Equal("2024-06-03", ended["sanction"]!["endedOn"]!.GetValue<string>());
        Assert.Equal("2011-05-10", ended["sanction"]!["listedOn"]!.GetValue<string>());
        Assert.Equal("European Union", ended["sanction"]!["authority"]!["name"]!.GetValue<string>());
        Assert.Equal(5, data["active"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_malformed_file_exits_non_zero_naming_its_line()
    {
        var file = Path.Combine(_cli.Folder, "broken.xml");
        await File.WriteAllTextAsync(file, "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">\n  <sanctionEntity logicalId=\"1\">\n</export>\n");

        var result = await _cli.RunAsync(["import", file, "--format", "eu-xml", "--store", _cli.StorePath, "--json"]);

        Assert.Equal(1, result.ExitCode);
        var rejected = Assert.Single(JsonNode.Parse(result.Output)!["rejected"]!.AsArray());
        Assert.Equal("(xml)", rejected!["field"]!.GetValue<string>());
        Assert.Equal(3, rejected["line"]!.GetValue<int>());
    }

    public void Dispose() => _cli.Dispose();
}
