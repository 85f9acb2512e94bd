using System.Net;
using System.Net.Http.Json;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Http;

/// <summary>Every response, whatever answered it, carries the security headers.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public SecurityHeadersTests() => _client = _app.Client();

    public static TheoryData<string, string, string?, HttpStatusCode> Routes => new()
    {
        { "POST", "/graphql", """{"query":"{ statistics { entities } }"}""", HttpStatusCode.OK },
        { "GET", "/graphql?query=%7Bstatistics%7Bentities%7D%7D", null, HttpStatusCode.OK },
        { "POST", "/graphql", """{"query":"{ nosuchfield }"}""", HttpStatusCode.OK },
        { "POST", "/graphql", "{ not json", HttpStatusCode.BadRequest },
        { "GET", "/health", null, HttpStatusCode.OK },
        { "GET", "/health/ready", null, HttpStatusCode.OK },
        { "GET", "/ping", null, HttpStatusCode.OK },
        { "GET", "/playground/playground.js", null, HttpStatusCode.OK },
        { "POST", "/imports?format=seed", "entities: []", HttpStatusCode.Unauthorized },
        { "GET", "/no/such/page", null, HttpStatusCode.NotFound },
        { "DELETE", "/graphql", null, HttpStatusCode.MethodNotAllowed },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_response_forbids_sniffing_referrers_and_framing(string method, string path, string? body, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task The_playground_page_forbids_framing_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        // The playground may set a fuller policy of its own; framing stays forbidden either way.
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_bodies_of_bodiless_statuses_are_json_with_a_code()
    {
        using var missing = await _client.GetAsync("/no/such/page");
        using var wrongMethod = await _client.DeleteAsync("/graphql");

        Assert.Equal("NOT_FOUND", (await missing.Content.ReadFromJsonAsync<ErrorBody>())!.Error);
        Assert.Equal("METHOD_NOT_ALLOWED", (await wrongMethod.Content.ReadFromJsonAsync<ErrorBody>())!.Error);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private sealed record ErrorBody(string Error, string Message);

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
