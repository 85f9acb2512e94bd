using System.Text;
using System.Text.Json.Nodes;
using Graph.Import.Gate;

namespace Graph.Cli.Tests;

/// <summary>Through the real command line: concurrent imports, out-of-order publications, deep YAML and invalid UTF-8.</summary>
public sealed class ImportSafetyTests : IDisposable
{
    private readonly GraphCli _cli = new();

    private Task<(int ExitCode, string Output, string Errors)> Import(string path, string format, params string[] more) =>
        _cli.RunAsync(["import", path, "--format", format, "--store", _cli.StorePath, "--json", .. more]);

    private static string Publication(string day) => GraphCli.Fixture("Fixtures", "ofac-publications", day);

    private async Task<int> EntitiesAsync() => (int)(await _cli.QueryAsync("{ statistics { entities } }"))["statistics"]!["entities"]!;

    [Fact]
    public async Task An_import_while_another_process_holds_the_store_exits_1_and_writes_nothing()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_cli.StorePath)!);
        using (var service = new ImportGate(_cli.StorePath + ".import-lock"))
        using (service.Enter())
        {
            var refused = await Import(Publication("2021-07-07"), "ofac-csv", "--published", "2021-07-07");

            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("Another process", refused.Errors);
            Assert.Equal("IMPORT_IN_PROGRESS", JsonNode.Parse(refused.Output)!["error"]!.GetValue<string>());
        }
        Assert.Equal(0, await EntitiesAsync());

        var after = await Import(Publication("2021-07-07"), "ofac-csv", "--published", "2021-07-07");
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public async Task Two_command_lines_importing_at_once_end_as_one_of_them_alone()
    {
        // Big enough that the first import outlasts the second process's start-up even on a quiet machine, where the
        // CLI imports over 100,000 entities a second (docs/benchmarks.md).
        const int entities = 600_000;
        var big = Path.Combine(_cli.Folder, "big.ftm.json");
        await using (var writer = new StreamWriter(big, false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < entities; i++) await writer.WriteLineAsync($$$"""{"id":"p{{{i}}}","schema":"Person","properties":{"name":["Person Number {{{i}}}"]}}""");
        }
        using var first = _cli.Start("import", big, "--format", "ftm", "--store", _cli.StorePath);
        var firstErrors = first.StandardError.ReadToEndAsync();
        // The gate is taken before the first phase is announced; wait for the store file to exist, then for the lock.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!File.Exists(_cli.StorePath + ".import-lock") && DateTime.UtcNow < deadline) await Task.Delay(50);
        await Task.Delay(500);

        var second = await Import(Publication("2021-07-07"), "ofac-csv", "--published", "2021-07-07");
        var firstStillRunning = !first.HasExited;
        await first.WaitForExitAsync();

        Assert.True(firstStillRunning, "the first import finished before the second started; make its file bigger");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Equal("IMPORT_IN_PROGRESS", JsonNode.Parse(second.Output)!["error"]!.GetValue<string>());
        Assert.Equal(entities, await EntitiesAsync());
        Assert.DoesNotContain("error", await firstErrors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_older_publication_exits_1_unless_allowed_and_last_seen_never_moves_back()
    {
        Assert.Equal(0, (await Import(Publication("2021-08-02"), "ofac-csv", "--published", "2021-08-02")).ExitCode);

        var refused = await Import(Publication("2021-07-07"), "ofac-csv", "--published", "2021-07-07");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("older than the newest one imported (2021-08-02)", refused.Errors);
        Assert.Equal("OLDER_PUBLICATION", JsonNode.Parse(refused.Output)!["error"]!.GetValue<string>());
        Assert.Null((await _cli.QueryAsync("""{ entity(id: "ofac-2674") { id } }"""))["entity"]);

        var allowed = await Import(Publication("2021-07-07"), "ofac-csv", "--published", "2021-07-07", "--allow-older");

        Assert.True(allowed.ExitCode == 0, allowed.Output + allowed.Errors);
        var data = await _cli.QueryAsync("""
            { kept: entity(id: "ofac-2679") { sanctions { firstSeen lastSeen endedOn } }
              added: entity(id: "ofac-2674") { sanctions { firstSeen lastSeen endedOn } } }
            """);
        Assert.Equal("""[{"firstSeen":"2021-07-07","lastSeen":"2021-08-02","endedOn":null}]""", data["kept"]!["sanctions"]!.ToJsonString());
        Assert.Equal("""[{"firstSeen":"2021-07-07","lastSeen":"2021-07-07","endedOn":"2021-08-02"}]""", data["added"]!["sanctions"]!.ToJsonString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_seed_file_nested_20000_deep_is_rejected_and_the_process_lives(bool dryRun)
    {
        var file = Path.Combine(_cli.Folder, "deep.yaml");
        await File.WriteAllTextAsync(file, "entities: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var result = await (dryRun ? Import(file, "seed", "--dry-run") : Import(file, "seed"));

        Assert.Equal(1, result.ExitCode);
        var rejection = JsonNode.Parse(result.Output)!["rejected"]![0]!;
        Assert.Equal((1, "(yaml)", "nesting deeper than 64."),
            (rejection["line"]!.GetValue<int>(), rejection["field"]!.GetValue<string>(), rejection["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_plain_report_names_the_deep_file_by_line()
    {
        var file = Path.Combine(_cli.Folder, "deep.yaml");
        await File.WriteAllTextAsync(file, "entities: " + new string('[', 20_000) + new string(']', 20_000) + "\n");

        var result = await _cli.RunAsync("import", file, "--format", "seed", "--store", _cli.StorePath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("deep.yaml:1: (yaml): nesting deeper than 64", result.Output);
    }

    [Fact]
    public async Task An_ftm_line_nested_20000_deep_is_a_rejected_line()
    {
        var file = Path.Combine(_cli.Folder, "deep.ftm.json");
        await File.WriteAllTextAsync(file, "{\"id\":\"deep\",\"schema\":\"Person\",\"properties\":{\"name\":" + new string('[', 20_000) + new string(']', 20_000) + "}}\n");

        var result = await Import(file, "ftm");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("(json)", JsonNode.Parse(result.Output)!["rejected"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_utf8_is_rejected_with_file_and_line_and_skip_invalid_skips_only_that_line()
    {
        var file = Path.Combine(_cli.Folder, "latin1.ftm.json");
        await File.WriteAllBytesAsync(file, [
            .. "{\"id\":\"good\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Good\"]}}\n"u8,
            .. "{\"id\":\"bad\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Go"u8, 0xEF, .. "ta\"]}}\n"u8]);

        var rejected = await Import(file, "ftm");

        Assert.Equal(1, rejected.ExitCode);
        var error = JsonNode.Parse(rejected.Output)!["rejected"]![0]!;
        Assert.Equal((file, 2, "(encoding)"), (error["file"]!.GetValue<string>(), error["line"]!.GetValue<int>(), error["field"]!.GetValue<string>()));
        Assert.Equal(0, await EntitiesAsync());

        var skipped = await Import(file, "ftm", "--skip-invalid");

        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(1, await EntitiesAsync());
        Assert.Null((await _cli.QueryAsync("""{ entity(id: "bad") { id } }"""))["entity"]);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_seed_file_is_rejected_with_its_line()
    {
        var file = Path.Combine(_cli.Folder, "latin1.yaml");
        await File.WriteAllBytesAsync(file, [.. "documents:\n  - id: doc\n    title: Ann"u8, 0xE9, .. "e\n"u8]);

        var result = await Import(file, "seed", "--dry-run");

        Assert.Equal(1, result.ExitCode);
        var error = JsonNode.Parse(result.Output)!["rejected"]![0]!;
        Assert.Equal((3, "(encoding)"), (error["line"]!.GetValue<int>(), error["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_json_report_lists_every_rejection_with_their_count()
    {
        var file = Path.Combine(_cli.Folder, "garbage.ftm.json");
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, 150).Select(i => $"not json {i}"));

        var result = await Import(file, "ftm");

        var report = JsonNode.Parse(result.Output)!;
        Assert.Equal(150, report["rejected"]!.AsArray().Count);
        Assert.Equal(150, report["rejectedCount"]!.GetValue<int>());
        Assert.False(report["truncated"]!.GetValue<bool>());
    }

    public void Dispose() => _cli.Dispose();
}
