using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Playground;

/// <summary>
/// tests/introspection/introspection.mjs, run by node with the real graphql package: the introspection requests that
/// clients send, and the comparison of an introspection answer with the approved schema snapshot.
/// </summary>
public static class IntrospectionScript
{
    /// <summary>What IDEs, codegen and Postman send: graphql-js's getIntrospectionQuery with every option on.</summary>
    public const string Standard = "standard";

    /// <summary>What the playground's GraphiQL sends for its schema fetch.</summary>
    public const string GraphiQL = "graphiql";

    private static string Script => Repository.PathOf("tests", "introspection", "introspection.mjs");

    /// <summary>The JSON body of the introspection request that <paramref name="client"/> sends.</summary>
    public static async Task<string> RequestBodyAsync(string client)
    {
        var (exitCode, output) = await RunAsync("request", client);
        Assert.True(exitCode == 0, output);
        var body = output.Trim();
        Assert.NotNull(JsonNode.Parse(body)?["query"]);
        return body;
    }

    /// <summary>
    /// Compares the schema printed by graphql-js from <paramref name="answer"/> with the approved snapshot;
    /// returns whether they are equal and what the script printed (its diff when they are not).
    /// </summary>
    public static async Task<(bool Equal, string Output)> CompareWithSnapshotAsync(string answer)
    {
        var answerFile = Path.Combine(Path.GetTempPath(), $"introspection-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(answerFile, answer);
        try
        {
            var (exitCode, output) = await RunAsync("compare", Repository.PathOf("tests", "Graph.Api.Tests", "Snapshots", "schema.graphql"), answerFile);
            return (exitCode == 0, output);
        }
        finally
        {
            File.Delete(answerFile);
        }
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        Assert.True(Directory.Exists(Repository.PathOf("tests", "introspection", "node_modules", "graphql")),
            "The introspection check is not installed: run `npm ci` in tests/introspection (the test command does).");
        return Repository.RunNodeAsync(Script, arguments);
    }
}
