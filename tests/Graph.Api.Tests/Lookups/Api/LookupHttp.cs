using System.Net;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Lookups.Api;

/// <summary>GETs (or HEADs) a lookup and keeps what the tests read: the status, the headers and the body, parsed when there is one.</summary>
internal sealed record LookupHttp(HttpStatusCode Status, HttpResponseMessage Response, string Text)
{
    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("The body is JSON null.");

    public string? ETag => Response.Headers.ETag?.ToString();

    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) || Response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    public static async Task<LookupHttp> SendAsync(HttpClient client, string path, HttpMethod? method = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        var response = await client.SendAsync(request);
        return new LookupHttp(response.StatusCode, response, await response.Content.ReadAsStringAsync());
    }
}
