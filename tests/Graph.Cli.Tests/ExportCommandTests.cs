using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private const string Tricky = "O'Brien \"the Bolt\" back\\slash; `tick` $name\nsecond line";

    private static readonly string[] Aliases = ["Иван Болт", "عبد الله", "伊万", "🦊 Fox"];

    private readonly GraphCli _cli = new();

    [Fact]
    public async Task Cypher_goes_to_standard_output_with_every_literal_on_its_line_and_the_counts_on_standard_error()
    {
        await ImportTrickyAsync();

        var (exitCode, output, errors) = await _cli.RunAsync("export", "--format", "cypher", "--store", _cli.StorePath);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("Exported 2 entities, 1 sanctions, 0 relationships", errors, StringComparison.Ordinal);
        Assert.Contains(@"name: 'O\'Brien ""the Bolt"" back\\slash; `tick` $name\nsecond line'", output, StringComparison.Ordinal);
        Assert.All(Aliases, alias => Assert.Contains($"'{alias}'", output, StringComparison.Ordinal));
        Assert.All(output.TrimEnd('\n').Split('\n'), line => Assert.True(line.StartsWith("//", StringComparison.Ordinal) || line.EndsWith(';'), line));
        Assert.Contains("MERGE (n:Entity {id: 'tricky'})", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FtM_lines_read_back_into_another_store_with_every_name_intact()
    {
        await ImportTrickyAsync();

        var (exitCode, output, errors) = await _cli.RunAsync("export", "--format", "ftm", "--store", _cli.StorePath);
        var file = Path.Combine(_cli.Folder, "exported.ftm.json");
        await File.WriteAllTextAsync(file, output);
        var other = Path.Combine(_cli.Folder, "other", "graph.db");
        var import = await _cli.RunAsync("import", file, "--format", "ftm", "--store", other, "--json");

        Assert.True(exitCode == 0, errors);
        Assert.Contains("Exported 2 entities, 1 sanctions, 0 relationships", errors, StringComparison.Ordinal);
        Assert.True(import.ExitCode == 0, import.Output + import.Errors);
        var (_, answer, _) = await _cli.RunAsync("query", "--store", other,
            "{ entity(id: \"tricky\") { name aliases sanctions { programs authority { id } } } }");
        var entity = JsonNode.Parse(answer)!["data"]!["entity"]!;
        Assert.Equal(Tricky, entity["name"]!.GetValue<string>());
        Assert.Equal(Aliases, entity["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        var sanction = Assert.Single(entity["sanctions"]!.AsArray())!;
        Assert.Equal("ofac", sanction["authority"]!["id"]!.GetValue<string>());
        Assert.Equal("PROG;1", sanction["programs"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("cypher")]
    [InlineData("ftm")]
    public async Task Out_names_a_file_that_is_replaced_only_once_complete(string format)
    {
        await ImportTrickyAsync();
        var path = Path.Combine(_cli.Folder, "exports", $"graph.{format}");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "an older export");

        var toFile = await _cli.RunAsync("export", "--format", format, "--store", _cli.StorePath, "--out", path);
        var toOutput = await _cli.RunAsync("export", "--format", format, "--store", _cli.StorePath);

        Assert.True(toFile.ExitCode == 0, toFile.Errors);
        Assert.Equal("", toFile.Output);
        Assert.Contains($"to {path}", toFile.Errors, StringComparison.Ordinal);
        Assert.Equal(toOutput.Output, await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task Neo4j_admin_writes_a_folder_of_files_with_the_import_command()
    {
        await ImportTrickyAsync();
        var folder = Path.Combine(_cli.Folder, "neo4j-admin");

        var (exitCode, output, errors) = await _cli.RunAsync("export", "--format", "neo4j-admin", "--store", _cli.StorePath, "--out", folder);

        Assert.True(exitCode == 0, errors);
        Assert.Equal("", output);
        Assert.Equal(["README.txt", "entities.csv", "graph-meta.csv", "relationships.csv", "sanction-edges.csv", "sanctions.csv", "schema.cypher"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("neo4j-admin database import full neo4j --nodes=entities.csv", await File.ReadAllTextAsync(Path.Combine(folder, "README.txt")), StringComparison.Ordinal);
        var entities = await File.ReadAllTextAsync(Path.Combine(folder, "entities.csv"));
        Assert.Contains("\"O'Brien \"\"the Bolt\"\" back\\slash; `tick` $name\nsecond line\"", entities, StringComparison.Ordinal);
        Assert.Contains(string.Join('\u001F', Aliases), entities, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4j_admin_without_a_folder_is_refused()
    {
        await ImportTrickyAsync();

        var (exitCode, output, errors) = await _cli.RunAsync("export", "--format", "neo4j-admin", "--store", _cli.StorePath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--out FOLDER", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_refused_with_the_ones_there_are()
    {
        await ImportTrickyAsync();

        var (exitCode, output, errors) = await _cli.RunAsync("export", "--format", "graphml", "--store", _cli.StorePath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("cypher, neo4j-admin, ftm", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_does_not_exist_is_not_created_by_an_export()
    {
        var missing = Path.Combine(_cli.Folder, "missing.db");

        var (exitCode, _, errors) = await _cli.RunAsync("export", "--format", "cypher", "--store", missing);

        Assert.Equal(1, exitCode);
        Assert.Contains("no store at", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    /// <summary>A person whose name and aliases need escaping in every format, sanctioned by OFAC under a programme with a semicolon.</summary>
    private async Task ImportTrickyAsync()
    {
        var lines = new[]
        {
            new JsonObject
            {
                ["id"] = "tricky", ["schema"] = "Person",
                ["properties"] = new JsonObject { ["name"] = new JsonArray(Tricky), ["alias"] = new JsonArray([.. Aliases.Select(a => JsonValue.Create(a))]) },
            },
            new JsonObject
            {
                ["id"] = "ofac", ["schema"] = "PublicBody",
                ["properties"] = new JsonObject { ["name"] = new JsonArray("Office of Foreign Assets Control") },
            },
            new JsonObject
            {
                ["id"] = "sanction-1", ["schema"] = "Sanction",
                ["properties"] = new JsonObject
                {
                    ["entity"] = new JsonArray("tricky"), ["authority"] = new JsonArray("Office of Foreign Assets Control"), ["program"] = new JsonArray("PROG;1"),
                },
            },
        };
        var file = Path.Combine(_cli.Folder, "tricky.ftm.json");
        await File.WriteAllLinesAsync(file, lines.Select(l => l.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        var (exitCode, output, errors) = await _cli.RunAsync("import", file, "--format", "ftm", "--store", _cli.StorePath, "--json");
        Assert.True(exitCode == 0, output + errors);
    }

    public void Dispose() => _cli.Dispose();
}
