using System.Net;
using System.Text;
using Graph.Api.Tests.Infrastructure;
using Graph.Domain.Store;
using Serilog.Events;

namespace Graph.Api.Tests.Http;

/// <summary>Clients that leave and bodies that are refused are not errors: one Information line each, no stack trace.</summary>
public sealed class RequestLoggingTests : IDisposable
{
    private readonly LogCapture _log = new();
    private readonly GraphApp _app;
    private readonly HttpClient _client;
    private InterceptingStore? _store;

    public RequestLoggingTests()
    {
        _app = new GraphApp(
            new() { ["Serilog:MinimumLevel:Default"] = "Information", ["Limits:MaxGraphQLBodyBytes"] = "4096" },
            services =>
            {
                InterceptingStore.Around(store => _store = store)(services);
                _log.Register(services);
            });
        _client = _app.Client();
        _log.Clear();
    }

    [Fact]
    public async Task Clients_that_reset_in_the_middle_of_their_body_leave_one_short_information_line_each()
    {
        const int clients = 20;
        for (var i = 0; i < clients; i++)
        {
            using var raw = await RawHttp.ConnectAsync(_app.BaseAddress);
            await raw.SendHeadAsync("POST", "/graphql", "Content-Type: application/json", "Content-Length: 3000");
            await raw.SendAsync(Encoding.ASCII.GetBytes("""{"query":"{ statistics"""));
            await Task.Delay(20);
            raw.Reset();
        }

        await Eventually.Holds(() => RequestLines().Count() >= clients, $"{clients} request lines");
        Assert.True(!_log.Events.Any(e => e.Level >= LogEventLevel.Warning || e.Exception is not null), _log.Describe());
        Assert.InRange(RequestLines().Sum(e => e.RenderMessage().Length), 1, clients * 200);
    }

    [Fact]
    public async Task A_client_that_leaves_while_its_query_runs_is_not_an_error()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _store!.Before = InterceptingStore.Blocking(nameof(IGraphStore.GetEntitiesAsync), Task.Delay(Timeout.Infinite), entered);
        _store.Armed = true;
        using var leave = new CancellationTokenSource();

        var request = _client.PostAsync("/graphql", new StringContent("""{"query":"{ entity(id: \"mali\") { name } }"}""", Encoding.UTF8, "application/json"), leave.Token);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        await Eventually.Holds(() => RequestLines().Any(e => Status(e) == 499), "the request line of the aborted request");
        Assert.True(!_log.Events.Any(e => e.Level >= LogEventLevel.Warning || e.Exception is not null), _log.Describe());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_one_information_line()
    {
        using var response = await _client.PostAsync("/graphql", new StringContent(new string(' ', 5000), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await Eventually.Holds(() => RequestLines().Any(e => Status(e) == 413), "the request line of the refused body");
        Assert.Equal(LogEventLevel.Information, Assert.Single(RequestLines(), e => Status(e) == 413).Level);
        Assert.True(!_log.Events.Any(e => e.Level >= LogEventLevel.Warning || e.Exception is not null), _log.Describe());
    }

    /// <summary>The request log's events: one per request, with its status.</summary>
    private IEnumerable<LogEvent> RequestLines() => _log.Events.Where(e => e.Properties.ContainsKey("StatusCode") && e.Properties.ContainsKey("RequestPath"));

    private static int Status(LogEvent e) => e.Properties["StatusCode"] is ScalarValue { Value: int status } ? status : 0;

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
