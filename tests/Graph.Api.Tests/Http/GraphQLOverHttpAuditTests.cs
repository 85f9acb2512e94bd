using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Http;

/// <summary>The graphql-http audit suite (npm graphql-http 1.23.1) against the real endpoint: every audit must be ok.</summary>
public sealed class GraphQLOverHttpAuditTests : IDisposable
{
    private readonly GraphApp _app = new();

    [Fact]
    public async Task Every_graphql_over_http_audit_comes_back_ok()
    {
        var script = Repository.PathOf("tests", "audit", "audit.mjs");
        Assert.True(Directory.Exists(Repository.PathOf("tests", "audit", "node_modules", "graphql-http")),
            "The audit suite is not installed: run `npm ci` in tests/audit (the test command does).");

        var (exitCode, output) = await Repository.RunNodeAsync(script, new Uri(_app.BaseAddress, "/graphql").ToString());

        var summary = JsonNode.Parse(output.TrimEnd().Split('\n')[^1])!;
        Assert.True(exitCode == 0, output);
        Assert.True(summary["ok"]!.GetValue<int>() >= 61, output);
        foreach (var level in new[] { "notice", "warn", "error" }) Assert.True(summary[level]!.GetValue<int>() == 0, output);
    }

    public void Dispose() => _app.Dispose();
}
