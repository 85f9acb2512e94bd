using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

/// <summary>`import --format ofac-xml` on the slice of CONS_ENHANCED.XML: its relationships are queryable with OFAC's labels.</summary>
public sealed class OfacXmlImportCommandTests : IDisposable
{
    private readonly GraphCli _cli = new();

    [Fact]
    public async Task The_relationships_are_queryable_with_their_OFAC_labels_including_the_one_to_a_placeholder()
    {
        var result = await _cli.RunAsync(["import", GraphCli.Fixture("Fixtures", "ofac-xml", "CONS_ENHANCED.XML"), "--format", "ofac-xml", "--store", _cli.StorePath, "--json"]);

        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
        Assert.Equal(5, JsonNode.Parse(result.Output)!["sanctions"]!["created"]!.GetValue<int>());
        var data = await _cli.QueryAsync("""
            { entity(id: "ofac-4695") { name note relationships { type role from { id } } } }
            """);
        var hamas = data["entity"]!;
        Assert.Equal("HAMAS", hamas["name"]!.GetValue<string>());
        Assert.StartsWith("Named by a relationship in CONS_ENHANCED.XML", hamas["note"]!.GetValue<string>());
        var tie = Assert.Single(hamas["relationships"]!.AsArray())!;
        Assert.Equal(("representation", "Acting for or on behalf of", "ofac-9647"),
            (tie["type"]!.GetValue<string>(), tie["role"]!.GetValue<string>(), tie["from"]!["id"]!.GetValue<string>()));
    }

    public void Dispose() => _cli.Dispose();
}
