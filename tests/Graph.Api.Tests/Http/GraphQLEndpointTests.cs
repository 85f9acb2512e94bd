using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Http;

public sealed class GraphQLEndpointTests : IDisposable
{
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public GraphQLEndpointTests() => _client = _app.Client();

    [Fact]
    public async Task A_query_can_be_sent_with_get()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("""query($id: ID!) { entity(id: $id) { name } }""")
            + "&variables=" + Uri.EscapeDataString("""{"id":"mali"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Mali", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_allow_post()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { x }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{ \"query\": ", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{ \"query\": 42 }", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{ \"query\": \"{ statistics { entities } }\", \"variables\": [] }", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("query=x", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("{}", "application/json", HttpStatusCode.BadRequest)]
    public async Task Malformed_requests_get_a_4xx_with_an_error_never_a_500(string body, string contentType, HttpStatusCode status)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        var response = await _client.PostAsync("/graphql", content);

        Assert.Equal(status, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]);
    }

    [Fact]
    public async Task Graphql_response_json_is_used_when_accepted_and_a_document_that_never_ran_is_a_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ nosuchfield }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unacceptable_accept_header_gets_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ statistics { entities } }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_that_asks_for_html_gets_the_playground()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var response = await _client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/playground/playground.js", page);
        Assert.DoesNotContain("//cdn", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/playground/playground.js")).StatusCode);
    }

    [Fact]
    public async Task Hostile_deep_queries_are_rejected_before_they_run()
    {
        var deep = "{ entity(id: \"sadio-camara\") { " + string.Concat(Enumerable.Repeat("relationships { from { ", 12)) + "id" + new string('}', 24) + " } }";

        foreach (var attempt in new[] { 1, 2 })
        {
            using var response = await _client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query = deep }), Encoding.UTF8, "application/json"));
            var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Null(result["data"]);
            var code = result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
            // A refusal by the depth or cost limit is a 400 under both media types; other validation errors are 200 under JSON.
            Assert.Equal(code is "DEPTH_LIMIT_EXCEEDED" or "COST_LIMIT_EXCEEDED" ? HttpStatusCode.BadRequest : HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Only_documents_that_passed_validation_are_reused_from_the_cache()
    {
        const string valid = "query($id: ID!) { entity(id: $id) { name } }";
        const string invalid = "{ entity(id: \"mali\") { nosuchfield } }";

        var first = await _client.Data(valid, new { id = "mali" });
        var second = await _client.Data(valid, new { id = "sadio-camara" });
        var bad = await _client.Query(invalid);
        var badAgain = await _client.Query(invalid);

        Assert.Equal("Mali", first["entity"]!["name"]!.GetValue<string>());
        Assert.Equal("Sadio Camara", second["entity"]!["name"]!.GetValue<string>());
        Assert.NotNull(bad["errors"]);
        Assert.Equal(bad["errors"]!.ToJsonString(), badAgain["errors"]!.ToJsonString());
    }

    [Fact]
    public async Task Health_reports_the_store_counts()
    {
        var health = JsonNode.Parse(await _client.GetStringAsync("/health"))!;

        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.True(health["store"]!["entities"]!.GetValue<int>() > 0);
        Assert.Equal("pong", await _client.GetStringAsync("/ping"));
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
