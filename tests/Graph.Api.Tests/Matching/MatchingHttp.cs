using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Matching;

/// <summary>Sends a request to a matching route and keeps what the tests read: the status, the headers and the body.</summary>
internal sealed record MatchingHttp(HttpStatusCode Status, HttpResponseMessage Response, string Text)
{
    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("The body is JSON null.");

    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) || Response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    public static Task<MatchingHttp> PostJsonAsync(HttpClient client, string path, string json) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    public static Task<MatchingHttp> PostFormAsync(HttpClient client, string path, params (string Name, string Value)[] fields) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))) });

    public static Task<MatchingHttp> GetAsync(HttpClient client, string path) => SendAsync(client, new HttpRequestMessage(HttpMethod.Get, path));

    public static async Task<MatchingHttp> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            var response = await client.SendAsync(request);
            return new MatchingHttp(response.StatusCode, response, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>A yente /match body of one query per (key, schema, properties as JSON).</summary>
    public static string YenteBody(params (string Key, string Schema, string Properties)[] queries) =>
        "{\"queries\": {" + string.Join(", ", queries.Select(q => $"\"{q.Key}\": {{\"schema\": \"{q.Schema}\", \"properties\": {q.Properties}}}")) + "}}";
}
