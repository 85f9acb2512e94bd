using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

/// <summary><c>graph xref</c> over the seed and an OFAC-format publication, and <c>match</c> through <c>graph query</c>.</summary>
public sealed class XrefCommandTests : IDisposable
{
    private readonly GraphCli _cli = new();

    private async Task LoadSeedAndOfacAsync()
    {
        var seed = await _cli.RunAsync("import", GraphCli.Fixture("seed-data"), "--format", "seed", "--store", _cli.StorePath);
        var ofac = await _cli.RunAsync("import", GraphCli.Fixture("Fixtures", "ofac-xref"), "--format", "ofac-csv", "--published", "2023-07-24", "--store", _cli.StorePath);
        Assert.True(seed.ExitCode == 0, seed.Output + seed.Errors);
        Assert.True(ofac.ExitCode == 0, ofac.Output + ofac.Errors);
    }

    [Fact]
    public async Task The_articles_people_and_wagner_are_proposed_against_their_ofac_entries_and_the_look_alike_is_not()
    {
        await LoadSeedAndOfacAsync();

        var (exitCode, output, errors) = await _cli.RunAsync("xref", "--dataset", "seed", "--against", "us_ofac_sdn", "--json", "--store", _cli.StorePath);

        Assert.True(exitCode == 0, output + errors);
        var pairs = JsonNode.Parse(output)!.AsArray().Select(p => (Left: p!["left"]!["id"]!.GetValue<string>(), Right: p["right"]!["id"]!.GetValue<string>())).ToList();
        foreach (var expected in new[]
                 {
                     ("sadio-camara", "ofac-990001"), ("alou-boi-diarra", "ofac-990002"), ("adama-bagayoko", "ofac-990003"),
                     ("ivan-maslov", "ofac-990004"), ("andrey-ivanov", "ofac-990005"), ("wagner-group", "ofac-22543"),
                 })
        {
            Assert.Contains(expected, pairs);
        }
        Assert.DoesNotContain(("sadio-camara", "ofac-11972"), pairs);
        Assert.DoesNotContain(pairs, p => p.Left == "andrey-ivanov" && p.Right == "ofac-16688");
        Assert.All(pairs, p => Assert.StartsWith("ofac-", p.Right, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_table_names_both_ends_and_a_bad_score_is_refused()
    {
        await LoadSeedAndOfacAsync();

        var table = await _cli.RunAsync("xref", "--min-score", "0.8", "--store", _cli.StorePath);
        var bad = await _cli.RunAsync("xref", "--min-score", "2", "--store", _cli.StorePath);

        Assert.True(table.ExitCode == 0, table.Output + table.Errors);
        Assert.Contains("CAMARA, Sadio", table.Output);
        Assert.Contains("proposal(s)", table.Output);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("--min-score", bad.Output + bad.Errors);
    }

    [Fact]
    public async Task Match_runs_through_graph_query()
    {
        await LoadSeedAndOfacAsync();

        var data = await _cli.QueryAsync("""{ match(query: { name: "Sadio Kamara", kind: PERSON, nationality: ["Mali"] }, first: 3) { score match entity { id } } }""");

        var ids = data["match"]!.AsArray().Where(h => h!["match"]!.GetValue<bool>()).Select(h => h!["entity"]!["id"]!.GetValue<string>()).ToList();
        Assert.Contains("sadio-camara", ids);
        Assert.Contains("ofac-990001", ids);
        Assert.DoesNotContain("ofac-11972", ids);
    }

    public void Dispose() => _cli.Dispose();
}
