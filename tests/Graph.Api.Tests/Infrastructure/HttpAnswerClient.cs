using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>Sends what an attacker would send and reads the whole answer, whatever its status.</summary>
public static class HttpAnswerClient
{
    public const string Json = "application/json";
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>POSTs a GraphQL document as JSON, asking for <paramref name="accept"/>.</summary>
    public static Task<HttpAnswer> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string accept = Json, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return client.PostJsonAsync("/graphql", body, accept, cancellationToken);
    }

    /// <summary>POSTs a body that is already JSON, or meant to look like it.</summary>
    public static Task<HttpAnswer> PostJsonAsync(
        this HttpClient client, string path, string body, string accept = Json, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, Json) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return client.AnswerAsync(request, cancellationToken);
    }

    public static Task<HttpAnswer> GetAnswerAsync(this HttpClient client, string path, CancellationToken cancellationToken = default) =>
        client.AnswerAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    /// <summary>Sends the request, then disposes it, and returns everything the response said.</summary>
    public static async Task<HttpAnswer> AnswerAsync(this HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        using (request)
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return await HttpAnswer.ReadAsync(response, cancellationToken);
        }
    }
}
