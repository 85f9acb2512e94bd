using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly GraphCli _cli = new();

    private Task<(int ExitCode, string Output, string Errors)> Import(string path, string format, params string[] more) =>
        _cli.RunAsync(["import", path, "--format", format, "--store", _cli.StorePath, "--json", .. more]);

    [Fact]
    public async Task Both_publications_import_in_date_order_and_the_change_feed_names_what_changed()
    {
        var july = await Import(GraphCli.Fixture("Fixtures", "ofac-publications", "2021-07-07"), "ofac-csv", "--published", "2021-07-07");
        var august = await Import(GraphCli.Fixture("Fixtures", "ofac-publications", "2021-08-02"), "ofac-csv", "--published", "2021-08-02");

        Assert.True(july.ExitCode == 0, july.Output + july.Errors);
        Assert.True(august.ExitCode == 0, august.Output + august.Errors);
        var report = JsonNode.Parse(august.Output)!;
        Assert.Equal(6, report["sanctions"]!["created"]!.GetValue<int>());
        Assert.Equal(4, report["delisted"]!.GetValue<int>());
        var data = await _cli.QueryAsync("""
            { changes(since: "2021-08-02", authority: "OFAC") { nodes { kind sanction { id } } }
              active: sanctions(filter: { authority: "OFAC", activeOn: "2021-08-02" }) { totalCount } }
            """);
        var changes = data["changes"]!["nodes"]!.AsArray();
        Assert.Equal(["ofac-4696", "ofac-4697", "ofac-4700", "ofac-4702", "ofac-4714", "ofac-4715"],
            changes.Where(c => c!["kind"]!.GetValue<string>() == "ADDED").Select(c => c!["sanction"]!["id"]!.GetValue<string>()).Order());
        Assert.Equal(["ofac-2674", "ofac-2675", "ofac-2676", "ofac-2678"],
            changes.Where(c => c!["kind"]!.GetValue<string>() == "ENDED").Select(c => c!["sanction"]!["id"]!.GetValue<string>()).Order());
        Assert.Equal(28, data["active"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_file_imported_twice_changes_nothing_and_the_report_says_so()
    {
        var seed = GraphCli.Fixture("seed-data");
        await Import(seed, "seed");

        var again = await Import(seed, "seed");

        var report = JsonNode.Parse(again.Output)!;
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(0, report["created"]!.GetValue<int>() + report["updated"]!.GetValue<int>());
        Assert.True(report["unchanged"]!.GetValue<int>() > 100);
    }

    [Fact]
    public async Task A_bad_file_exits_non_zero_names_the_line_and_writes_nothing()
    {
        var file = Path.Combine(_cli.Folder, "bad.ftm.json");
        await File.WriteAllTextAsync(file, """
            {"id":"good","schema":"Person","properties":{"name":["Good Person"]}}
            {"id":"bad","schema":"Person","properties":{"name":"not a list"}}
            """);

        var result = await Import(file, "ftm");

        Assert.Equal(1, result.ExitCode);
        var rejected = JsonNode.Parse(result.Output)!["rejected"]!.AsArray();
        Assert.Contains(rejected, r => r!["line"]!.GetValue<int>() == 2);
        Assert.Equal(0, (await _cli.QueryAsync("{ statistics { entities } }"))["statistics"]!["entities"]!.GetValue<int>());
    }

    [Fact]
    public async Task Skip_invalid_writes_the_valid_records_and_reports_the_rest()
    {
        var file = Path.Combine(_cli.Folder, "mixed.ftm.json");
        await File.WriteAllTextAsync(file, "{\"id\":\"good\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Good Person\"]}}\n{ broken\n");

        var result = await Import(file, "ftm", "--skip-invalid");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(JsonNode.Parse(result.Output)!["rejected"]!.AsArray());
        Assert.Equal("Good Person", (await _cli.QueryAsync("""{ entity(id: "good") { name } }"""))["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dry_run_writes_nothing()
    {
        var result = await Import(GraphCli.Fixture("seed-data"), "seed", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.True(JsonNode.Parse(result.Output)!["created"]!.GetValue<int>() > 100);
        Assert.Equal(0, (await _cli.QueryAsync("{ statistics { entities } }"))["statistics"]!["entities"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--published", "2021-13-01")]
    public async Task Bad_arguments_exit_non_zero_with_a_message(string option, string value)
    {
        var result = await _cli.RunAsync("import", GraphCli.Fixture("seed-data"), "--format", option == "--format" ? value : "seed", option == "--published" ? "--published" : "--dry-run", option == "--published" ? value : "--json", "--store", _cli.StorePath);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(option, result.Output + result.Errors);
    }

    public void Dispose() => _cli.Dispose();
}
