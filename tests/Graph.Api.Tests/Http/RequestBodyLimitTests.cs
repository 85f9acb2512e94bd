using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Http;

/// <summary>/graphql reads at most Limits:MaxGraphQLBodyBytes of a body, however it is sent, and says so in JSON.</summary>
public sealed class RequestBodyLimitTests : IDisposable
{
    private const int Limit = 16 * 1024;
    private readonly GraphApp _app = new(new() { ["Limits:MaxGraphQLBodyBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    private readonly HttpClient _client;

    public RequestBodyLimitTests() => _client = _app.Client();

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task A_body_over_the_limit_gets_413_with_a_graphql_error_saying_so(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Padded(Limit + 1), Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(accept);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("REQUEST_TOO_LARGE", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains($"{Limit} bytes", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_at_the_limit_is_read_and_run()
    {
        var body = Padded(Limit);
        Assert.Equal(Limit, Encoding.UTF8.GetByteCount(body));

        using var response = await _client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(46, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["statistics"]!["entities"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_the_body_is_sent()
    {
        using var raw = await RawHttp.ConnectAsync(_app.BaseAddress);

        await raw.SendHeadAsync("POST", "/graphql", "Content-Type: application/json", "Content-Length: 30000000");
        var (status, text) = await raw.ReadResponseAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(413, status);
        Assert.Contains("REQUEST_TOO_LARGE", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_sent_slowly_is_cut_off_as_soon_as_it_passes_the_limit()
    {
        using var raw = await RawHttp.ConnectAsync(_app.BaseAddress);
        await raw.SendHeadAsync("POST", "/graphql", "Content-Type: application/json", "Transfer-Encoding: chunked");
        var clock = Stopwatch.StartNew();

        // Twice the limit in 2 KiB chunks, and never the closing chunk: only a server that stops at the limit answers.
        await raw.SendChunkAsync(Encoding.UTF8.GetBytes("""{"query":"{ statistics { entities } }","extensions":{"pad":" """));
        for (var sent = 0; sent < 2 * Limit; sent += 2048)
        {
            try
            {
                await raw.SendChunkAsync(Encoding.ASCII.GetBytes(new string('x', 2048)));
            }
            catch (IOException)
            {
                break; // the server answered and closed the connection
            }
            await Task.Delay(10);
        }
        var (status, text) = await raw.ReadResponseAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(413, status);
        Assert.Contains("REQUEST_TOO_LARGE", text, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_get_url_over_kestrels_request_line_limit_still_gets_414()
    {
        var query = "{ statistics { entities } }" + new string(' ', 10_000);

        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    /// <summary>A valid request whose body is exactly <paramref name="bytes"/> long, padded inside an extension.</summary>
    private static string Padded(int bytes)
    {
        const string head = """{"query":"{ statistics { entities } }","extensions":{"pad":" """;
        const string tail = "\"}}";
        return head + new string('x', bytes - head.Length - tail.Length) + tail;
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
