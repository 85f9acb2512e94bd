using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;
using Graph.Domain.Store;

namespace Graph.Api.Tests.Http;

/// <summary>No failure is a 500 with an empty body; a busy store is a 503 with Retry-After; nothing shows the server's insides.</summary>
public sealed class ErrorResponseTests : IDisposable
{
    private readonly LogCapture _log = new();
    private readonly GraphApp _app;
    private readonly HttpClient _client;
    private InterceptingStore? _store;

    public ErrorResponseTests()
    {
        _app = new GraphApp(services: services =>
        {
            InterceptingStore.Around(store => _store = store)(services);
            _log.Register(services);
        });
        _client = _app.Client();
        _store!.Armed = true;
    }

    private string StoreFolder => Path.GetDirectoryName(_app.DatabasePath)!;

    [Fact]
    public async Task A_fault_outside_the_resolvers_is_a_json_500_without_stack_trace_or_path_and_is_logged_as_an_error()
    {
        _store!.Before = InterceptingStore.Throwing(nameof(IGraphStore.GetChangeStampAsync),
            () => new InvalidOperationException($"The file {_app.DatabasePath} is corrupt"));

        using var response = await _client.PostAsJsonAsync("/graphql", new { query = "{ statistics { entities } }" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("INTERNAL", JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(StoreFolder, body, StringComparison.Ordinal);
        Assert.DoesNotContain("corrupt", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        await Eventually.Holds(() => _log.Events.Any(e => e.Level == Serilog.Events.LogEventLevel.Error && e.Exception is InvalidOperationException), "an error logged with the fault");
    }

    [Fact]
    public async Task A_fault_in_a_resolver_is_a_graphql_error_without_details_and_is_logged_as_an_error()
    {
        _store!.Before = InterceptingStore.Throwing(nameof(IGraphStore.GetEntitiesAsync),
            () => new InvalidOperationException($"The file {_app.DatabasePath} is corrupt"));

        using var response = await _client.PostAsJsonAsync("/graphql", new { query = """{ entity(id: "mali") { name } }""" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(body)!["errors"]![0]!["message"]);
        Assert.DoesNotContain(StoreFolder, body, StringComparison.Ordinal);
        Assert.DoesNotContain("corrupt", body, StringComparison.Ordinal);
        await Eventually.Holds(() => _log.Events.Any(e => e.Level == Serilog.Events.LogEventLevel.Error && e.Exception is InvalidOperationException), "an error logged with the fault");
    }

    [Theory]
    [InlineData(nameof(IGraphStore.GetEntitiesAsync), "application/json")]
    [InlineData(nameof(IGraphStore.GetEntitiesAsync), "application/graphql-response+json")]
    [InlineData(nameof(IGraphStore.GetChangeStampAsync), "application/json")]
    public async Task A_busy_store_met_anywhere_in_a_graphql_request_is_a_503_busy_with_its_retry_after(string method, string accept)
    {
        _store!.Before = InterceptingStore.Throwing(method, () => new StoreBusyException($"{_app.DatabasePath} is locked") { RetryAfter = TimeSpan.FromSeconds(3) });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = """{ entity(id: "mali") { name } }""" }) };
        request.Headers.Accept.ParseAdd(accept);

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter!.Delta);
        Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
        var result = JsonNode.Parse(body)!;
        Assert.Equal("BUSY", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(result["data"]);
        Assert.DoesNotContain(StoreFolder, body, StringComparison.Ordinal);
        Assert.DoesNotContain(_log.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
    }

    [Fact]
    public async Task A_busy_store_behind_health_is_a_503_busy_with_retry_after()
    {
        _store!.Before = InterceptingStore.Throwing(nameof(IGraphStore.GetStatisticsAsync), () => new StoreBusyException("locked") { RetryAfter = TimeSpan.FromSeconds(2) });

        using var response = await _client.GetAsync("/health");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter!.Delta);
        Assert.Equal("BUSY", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_kestrel_cannot_read_gets_its_own_status_with_a_json_body_and_is_no_error()
    {
        using var raw = await RawHttp.ConnectAsync(_app.BaseAddress);

        await raw.SendHeadAsync("POST", "/graphql", "Content-Type: application/json", "Transfer-Encoding: chunked");
        await raw.SendAsync("zz\r\n{}\r\n"u8.ToArray());
        var (status, text) = await raw.ReadResponseAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(400, status);
        var body = JsonNode.Parse(text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Split("\r\n").First(l => l.StartsWith('{')))!;
        Assert.Equal("BAD_REQUEST", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(_log.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
    }

    [Fact]
    public async Task Health_names_no_folder_of_the_server()
    {
        using var ok = await _client.GetAsync("/health");
        using var ready = await _client.GetAsync("/health/ready");
        _store!.Before = InterceptingStore.Throwing(nameof(IGraphStore.GetStatisticsAsync), () => new IOException($"Could not read '{_app.DatabasePath}'."));
        using var failing = await _client.GetAsync("/health");
        var failed = await failing.Content.ReadAsStringAsync();

        Assert.DoesNotContain(StoreFolder, await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(StoreFolder, await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.StatusCode);
        Assert.DoesNotContain(StoreFolder, failed, StringComparison.Ordinal);
        Assert.Contains("graph.db", failed, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
