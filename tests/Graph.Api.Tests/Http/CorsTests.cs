using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Http;

/// <summary>News pages on any origin may read the graph; they may not write, nor send an API key.</summary>
public sealed class CorsTests : IDisposable
{
    private const string Origin = "https://news.example";
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = "a-key-for-cors-tests" });
    private readonly HttpClient _client;

    public CorsTests() => _client = _app.Client();

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task A_preflight_for_graphql_answers_204_with_the_methods_and_headers_a_query_needs(string method)
    {
        using var response = await _client.SendAsync(Preflight("/graphql", method, "content-type, accept"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal(["GET", "POST"], List(response, "Access-Control-Allow-Methods"));
        Assert.Equal(["accept", "content-type"], List(response, "Access-Control-Allow-Headers").Select(h => h.ToLowerInvariant()).Order());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_preflight_that_asks_to_send_an_authorization_header_is_not_granted_it()
    {
        using var response = await _client.SendAsync(Preflight("/graphql", "POST", "content-type, authorization"));

        // The browser compares the granted headers with those it asked for, and sends nothing when one is missing.
        Assert.DoesNotContain("authorization", List(response, "Access-Control-Allow-Headers").Select(h => h.ToLowerInvariant()));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_cross_origin_post_query_is_answered_for_any_origin_without_credentials()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ entity(id: \"mali\") { name } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Origin);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal("Mali", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cross_origin_get_query_is_answered_and_a_page_may_read_retry_after()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ statistics { entities } }"));
        request.Headers.Add("Origin", "http://localhost:8080");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("Retry-After", List(response, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task Imports_and_health_have_no_cors_so_a_page_can_neither_upload_nor_read_them()
    {
        using var preflight = await _client.SendAsync(Preflight("/imports", "POST", "content-type"));
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/imports?format=seed") { Content = new StringContent("entities: []") };
        upload.Headers.Add("Origin", Origin);
        using var uploaded = await _client.SendAsync(upload);
        using var health = new HttpRequestMessage(HttpMethod.Get, "/health");
        health.Headers.Add("Origin", Origin);
        using var healthResponse = await _client.SendAsync(health);

        Assert.NotEqual(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.Unauthorized, uploaded.StatusCode);
        Assert.False(uploaded.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(healthResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string path, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    private static string Single(HttpResponseMessage response, string name) => Assert.Single(response.Headers.GetValues(name));

    private static IEnumerable<string> List(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : [];

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
