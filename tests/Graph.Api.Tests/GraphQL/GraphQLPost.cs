using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.GraphQL;

/// <summary>Posts a document and returns the status and body whatever they are, for tests of refusals.</summary>
public static class GraphQLPost
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(
        this HttpClient client, string query, object? variables = null, string accept = "application/json", CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.StatusCode, JsonNode.Parse(body) ?? throw new InvalidOperationException($"HTTP {(int)response.StatusCode} with no JSON body."));
    }

    /// <summary>The code of the only error of a response, which must have exactly one.</summary>
    public static string OnlyErrorCode(this JsonNode body)
    {
        var errors = body["errors"]?.AsArray() ?? throw new Xunit.Sdk.XunitException($"expected one error, got none: {body.ToJsonString()}");
        Assert.True(errors.Count == 1, $"expected one error: {body.ToJsonString()}");
        return errors[0]!["extensions"]!["code"]!.GetValue<string>();
    }

    /// <summary>True when the response carries no data: no data entry, or a null one.</summary>
    public static bool HasNoData(this JsonNode body) => body["data"] is null;
}
