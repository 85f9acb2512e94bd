using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 7, and what held: request bodies are limited per endpoint and never buffered whole past the limit;
/// the 413 and 414 limits hold.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class BodyAttackTests(HubGraphApp graph) : IClassFixture<HubGraphApp>
{
    private const int GraphQLBodyLimit = 64 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Sixteen_concurrent_bodies_of_two_megabytes_get_413_fast_and_leave_the_heap_bounded()
    {
        var report = await Attack.RunAsync(graph, async (client, ct) =>
            (IReadOnlyList<HttpAnswer>)await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Post(client, 2 * 1024 * 1024, ct))), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(5), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        Assert.All(report.Answers!, AssertTooLarge);
    }

    [Fact]
    public async Task A_body_just_over_the_graphql_limit_gets_413()
    {
        using var client = graph.Client();

        AssertTooLarge(await Post(client, GraphQLBodyLimit + 1));
    }

    [Fact]
    public async Task A_body_just_under_the_graphql_limit_is_answered()
    {
        using var client = graph.Client();

        var answer = await Post(client, GraphQLBodyLimit - 1_024);

        Assert.True(answer.Status == 200 && answer.Json?["errors"] is null, $"a body under the limit should run: {answer}");
    }

    [Fact]
    public async Task A_body_larger_than_any_limit_gets_413_without_being_read()
    {
        var report = await Attack.RunAsync(graph, (client, ct) => Post(client, 40 * 1024 * 1024, ct), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(10), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        AssertTooLarge(report.Answer);
    }

    [Fact]
    public async Task A_query_string_longer_than_the_request_line_limit_gets_414()
    {
        using var client = graph.Client();
        var query = "{ statistics { entities } } #" + new string('x', 20_000);

        var answer = await client.GetAnswerAsync("/graphql?query=" + Uri.EscapeDataString(query));

        Assert.True(answer.Status == 414, $"expected 414, got {answer}");
    }

    [Fact]
    public async Task A_query_string_under_the_request_line_limit_is_answered()
    {
        using var client = graph.Client();
        var query = "{ statistics { entities } } #" + new string('x', 4_000);

        var answer = await client.GetAnswerAsync("/graphql?query=" + Uri.EscapeDataString(query));

        Assert.True(answer.Status == 200 && answer.Json?["errors"] is null, $"a long GET under the limit should run: {answer}");
    }

    private static void AssertTooLarge(HttpAnswer answer)
    {
        Assert.True(answer.Status == 413, $"expected 413, got {answer}");
        Refusals.AssertDisclosesNothing(answer);
    }

    /// <summary>
    /// POSTs a padded query of <paramref name="bytes"/> bytes the way curl sends a large body, announcing it with
    /// <c>Expect: 100-continue</c>, so that a server that refuses it unread can say so before it is sent.
    /// </summary>
    private static Task<HttpAnswer> Post(HttpClient client, long bytes, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new PaddedQueryContent(bytes) };
        request.Headers.ExpectContinue = true;
        return client.AnswerAsync(request, cancellationToken);
    }
}
