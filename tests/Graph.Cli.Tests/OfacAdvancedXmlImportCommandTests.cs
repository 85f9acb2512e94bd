using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

/// <summary>`import --format ofac-xml` on a hand-made SDN_ADVANCED.XML: the root tells the flavour, and its relationships are queryable with OFAC's labels.</summary>
public sealed class OfacAdvancedXmlImportCommandTests : IDisposable
{
    private readonly GraphCli _cli = new();

    [Fact]
    public async Task The_Advanced_XML_imports_through_the_ofac_xml_format_and_its_relationships_keep_their_OFAC_labels()
    {
        var result = await _cli.RunAsync(["import", GraphCli.Fixture("Fixtures", "ofac-advanced-xml", "SDN_ADVANCED.XML"), "--format", "ofac-xml", "--store", _cli.StorePath, "--json"]);

        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
        Assert.Equal(4, JsonNode.Parse(result.Output)!["sanctions"]!["created"]!.GetValue<int>());
        var data = await _cli.QueryAsync("""
            { entity(id: "ofac-90001") { name relationships { type role to { id } } } }
            """);
        var person = data["entity"]!;
        Assert.Equal("TESTOV, Ivan", person["name"]!.GetValue<string>());
        var tie = Assert.Single(person["relationships"]!.AsArray())!;
        Assert.Equal(("support", "Providing support to", "ofac-90002"),
            (tie["type"]!.GetValue<string>(), tie["role"]!.GetValue<string>(), tie["to"]!["id"]!.GetValue<string>()));
    }

    public void Dispose() => _cli.Dispose();
}
