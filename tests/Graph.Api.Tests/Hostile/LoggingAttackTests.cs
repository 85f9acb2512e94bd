using System.Text;
using Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 13: client aborts and 413s are the clients' doing, not the service's errors. A thousand slow clients
/// wrote 2.7 MB of log with stack traces; none of it may be an error or a stack trace.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class LoggingAttackTests : IDisposable
{
    private const int Each = 20;
    private const string LargeAnswer = "{ entities(first: 500) { nodes { id name sources { quote } } } }";
    private static readonly string Canary = Guid.NewGuid().ToString("N");
    private readonly GraphApp _app = new();

    [Fact]
    public async Task Client_aborts_and_413s_are_not_logged_as_errors_or_with_stack_traces()
    {
        using var client = _app.Client();
        var server = _app.BaseAddress;
        await client.Data("{ statistics { entities } }");

        IReadOnlyList<string> lines;
        using (var console = new ConsoleCapture())
        {
            for (var i = 0; i < Each; i++)
            {
                // A body cut off halfway, a client gone before its answer, and bodies over each limit.
                await DroppedConnection.SendAndAbortAsync(server, DroppedConnection.Post("/graphql", 10_000, "{\"query\":\"{ statistics"), TimeSpan.FromMilliseconds(20));
                var body = $"{{\"query\":\"{LargeAnswer} # {i}\"}}";
                await DroppedConnection.SendAndAbortAsync(server, DroppedConnection.Post("/graphql", Encoding.UTF8.GetByteCount(body), body), TimeSpan.Zero);
                await client.AnswerAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new PaddedQueryContent(100 * 1024), Headers = { ExpectContinue = true } });
                await client.AnswerAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new PaddedQueryContent(40L * 1024 * 1024), Headers = { ExpectContinue = true } });
            }
            await client.Data("{ statistics { entities } }");
            // A line through the service's own logger proves that what it logs reaches the capture.
            _app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Api.Tests").LogWarning("Log capture check {Canary}", Canary);
            await Task.Delay(TimeSpan.FromSeconds(1));
            lines = console.Lines;
        }

        Assert.True(lines.Any(l => l.Contains(Canary, StringComparison.Ordinal)), "the service's log should reach the console, where this test reads it");

        var errors = lines.Where(l => l.Contains(" ERR]", StringComparison.Ordinal) || l.Contains(" FTL]", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} errors were logged, e.g. {errors.FirstOrDefault()}");
        var traces = lines.Where(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && l.Contains('(', StringComparison.Ordinal)).ToList();
        Assert.True(traces.Count == 0, $"{traces.Count} lines of stack traces were logged, e.g. {traces.FirstOrDefault()}");
    }

    public void Dispose() => _app.Dispose();
}
