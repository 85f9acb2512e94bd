using System.Collections.Concurrent;
using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 6: the caches fill with what anonymous callers send. Thousands of distinct documents, each valid and
/// cheap, must leave the heap bounded: every cache is bounded by bytes.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class CacheAttackTests(HubGraphApp graph) : IClassFixture<HubGraphApp>
{
    private const int Documents = 2_500;
    private const int Senders = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Thousands_of_distinct_documents_of_sixteen_kilobytes_leave_the_heap_bounded()
    {
        var report = await Attack.RunAsync(graph, (client, ct) => Flood(client, LargeDocument, ct), Patience);

        report.AssertAnsweredWithin(Patience);
        report.AssertRetainedHeapBelow(megabytes: 300);
        report.AssertCheapQueriesAnsweredWithin(TimeSpan.FromSeconds(3));
        Assert.All(report.Answers!, a => Assert.True(a.Status == 200 && a.Json?["errors"] is null, $"a valid document should run: {a}"));
    }

    [Fact]
    public async Task Thousands_of_distinct_small_queries_with_large_answers_leave_the_heap_bounded()
    {
        var report = await Attack.RunAsync(graph, (client, ct) => Flood(client, SmallQueryWithALargeAnswer, ct), Patience);

        report.AssertAnsweredWithin(Patience);
        report.AssertRetainedHeapBelow(megabytes: 300);
        report.AssertCheapQueriesAnsweredWithin(TimeSpan.FromSeconds(3));
        Assert.All(report.Answers!, a => Assert.True(a.Status == 200 && a.Json?["errors"] is null, $"a valid query should run: {a}"));
        Assert.True(report.Answers![0].Body.Length > 100_000, $"each answer should be large: {report.Answers[0].Body.Length} bytes");
    }

    /// <summary>Just under 16 KiB, each one distinct: many aliased fields that cost nothing to resolve.</summary>
    private static string LargeDocument(int index)
    {
        var document = new StringBuilder($"query Large{index} {{");
        for (var field = 0; document.Length < 16_000; field++) document.Append($" d{index}f{field}: __typename");
        return document.Append(" }").ToString();
    }

    /// <summary>Under the 8 KiB the response cache keys on, each one distinct, answered with some 200 KB.</summary>
    private static string SmallQueryWithALargeAnswer(int index) =>
        $"query Small{index} {{ entities(first: 500) {{ nodes {{ id name aliases sources {{ title quote }} }} }} }}";

    private static async Task<IReadOnlyList<HttpAnswer>> Flood(HttpClient client, Func<int, string> document, CancellationToken cancellationToken)
    {
        var answers = new ConcurrentBag<HttpAnswer>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < Documents; i = Interlocked.Increment(ref next))
            {
                var answer = await client.PostGraphQLAsync(document(i), cancellationToken: cancellationToken);
                // Keep the failures whole and the rest short: the test measures the server's heap, not the answers'.
                answers.Add(answer.Status == 200 && answer.Json?["errors"] is null && i > 0 ? answer with { Body = "{}" } : answer);
            }
        }));
        return [.. answers.OrderByDescending(a => a.Body.Length)];
    }
}
