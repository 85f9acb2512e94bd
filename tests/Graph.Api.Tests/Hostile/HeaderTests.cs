using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 13: security headers on every response, and CORS for queries from any origin, without credentials,
/// for journalists who embed the graph in their pages. Writes stay key-only.
/// </summary>
public sealed class HeaderTests : IDisposable
{
    private const string Origin = "https://news.example.org";
    private static readonly string[] ReferrerPolicies = ["no-referrer", "strict-origin", "strict-origin-when-cross-origin", "same-origin"];
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public HeaderTests() => _client = _app.Client();

    public static TheoryData<string, string> Requests => new()
    {
        { "POST", "/graphql" },
        { "GET", "/graphql?query=%7B%20statistics%20%7B%20entities%20%7D%20%7D" },
        { "GET", "/graphql?query=%7B" },
        { "GET", "/health" },
        { "GET", "/health/ready" },
        { "GET", "/ping" },
        { "GET", "/no-such-page" },
        { "POST", "/imports?format=ftm" },
        { "GET", "/playground/playground.js" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_response_forbids_sniffing_referrers_and_framing(string method, string path)
    {
        var answer = await Send(method, path);

        var headers = Describe(answer);
        Assert.True(answer.Header("X-Content-Type-Options") == "nosniff", $"expected X-Content-Type-Options: nosniff; {headers}");
        Assert.True(ReferrerPolicies.Contains(answer.Header("Referrer-Policy")), $"expected a Referrer-Policy of {string.Join(", ", ReferrerPolicies)}; {headers}");
        Assert.True(answer.Header("Content-Security-Policy")?.Contains("frame-ancestors 'none'", StringComparison.Ordinal) == true,
            $"expected a Content-Security-Policy with frame-ancestors 'none'; {headers}");
    }

    [Fact]
    public async Task The_playground_page_has_a_content_security_policy_of_its_own()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var answer = await _client.AnswerAsync(request);

        Assert.Equal("text/html", answer.MediaType);
        Assert.True(answer.Header("X-Content-Type-Options") == "nosniff", $"expected X-Content-Type-Options: nosniff; {Describe(answer)}");
        Assert.True(answer.Header("Content-Security-Policy")?.Contains("script-src 'self'", StringComparison.Ordinal) == true,
            $"expected a Content-Security-Policy with script-src 'self'; {Describe(answer)}");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task A_preflight_from_another_origin_to_graphql_is_allowed_without_credentials(string method)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        var answer = await _client.AnswerAsync(request);

        Assert.True(answer.Status == 204, $"expected 204, got {answer}; {Describe(answer)}");
        Assert.True(answer.Header("Access-Control-Allow-Origin") is "*" or Origin, $"expected Access-Control-Allow-Origin; {Describe(answer)}");
        Assert.Contains(method, answer.Header("Access-Control-Allow-Methods") ?? "(none)", StringComparison.OrdinalIgnoreCase);
        Assert.Contains("content-type", answer.Header("Access-Control-Allow-Headers") ?? "(none)", StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual("true", answer.Header("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_query_from_another_origin_is_answered_with_its_cors_header()
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ statistics { entities } }"}""", Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("Origin", Origin);
        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20entity(id%3A%20%22mali%22)%20%7B%20name%20%7D%20%7D");
        get.Headers.Add("Origin", Origin);

        foreach (var answer in new[] { await _client.AnswerAsync(post), await _client.AnswerAsync(get) })
        {
            Assert.True(answer.Status == 200, $"expected 200, got {answer}");
            Assert.True(answer.Header("Access-Control-Allow-Origin") is "*" or Origin, $"expected Access-Control-Allow-Origin; {Describe(answer)}");
            Assert.NotEqual("true", answer.Header("Access-Control-Allow-Credentials"));
        }
    }

    [Fact]
    public async Task A_preflight_from_another_origin_to_the_upload_endpoint_is_not_allowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/imports?format=ftm");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");

        var answer = await _client.AnswerAsync(request);

        Assert.Null(answer.Header("Access-Control-Allow-Origin"));
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    private static string Describe(HttpAnswer answer) =>
        $"HTTP {answer.Status} with headers: {string.Join("; ", answer.Headers.Select(h => $"{h.Key}: {h.Value}"))}";

    private Task<HttpAnswer> Send(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = new StringContent("""{"query":"{ statistics { entities } }"}""", Encoding.UTF8, "application/json");
        return _client.AnswerAsync(request);
    }
}
