using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL documents over HTTP and returns the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<JsonNode> Query(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The data of a response that must have no errors.</summary>
    public static async Task<JsonNode> Data(this HttpClient client, string query, object? variables = null)
    {
        var result = await client.Query(query, variables);
        Assert.True(result["errors"] is null, $"unexpected errors: {result["errors"]?.ToJsonString()}");
        return result["data"]!;
    }

    public static IEnumerable<string> Strings(this JsonNode? node, string property) =>
        node!.AsArray().Select(n => n![property]!.GetValue<string>());

    public static string Compact(this JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
