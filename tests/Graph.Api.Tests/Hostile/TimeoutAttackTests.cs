using System.Text;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 5: a thousand aliased neighbourhoods, each cheap, together not. Under the default limits the budget
/// refuses them, or the cap on response objects, or the execution timeout stops them; whichever it is, the answer
/// says so and comes in bounded time.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class TimeoutAttackTests(HubGraphApp graph) : IClassFixture<HubGraphApp>
{
    [Fact]
    public async Task A_thousand_aliased_neighbourhoods_are_refused_for_their_cost_or_their_size_or_stopped_by_the_timeout()
    {
        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(Neighbourhoods(1_000), new { id = HubGraph.HubId }, cancellationToken: ct),
            patience: TimeSpan.FromSeconds(30));

        // The default timeout is 10 s; the refusal should come long before it.
        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(15), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        var answer = report.Answer;
        if (answer.Status == 503) AssertStoppedByTheTimeout(answer);
        else if (answer.ErrorCodes.Contains("RESPONSE_TOO_LARGE")) AssertTooLarge(answer);
        else Refusals.AssertRefusedForCost(answer);
    }

    /// <summary>A document of <paramref name="aliases"/> neighbourhoods of <c>$id</c>, two hops each, with every entity's name.</summary>
    internal static string Neighbourhoods(int aliases)
    {
        var document = new StringBuilder("query Hoods($id: ID!) {");
        for (var i = 0; i < aliases; i++) document.Append($" n{i}: neighbourhood(id: $id) {{ entities {{ name }} }}");
        return document.Append(" }").ToString();
    }

    /// <summary>A thousand neighbourhoods of 500 entities are 500,000 objects, past the default cap of 100,000.</summary>
    private static void AssertTooLarge(HttpAnswer answer)
    {
        Assert.True(answer.Status == 400, $"expected 400 RESPONSE_TOO_LARGE, got {answer}");
        Refusals.AssertNothingRan(answer);
    }

    internal static void AssertStoppedByTheTimeout(HttpAnswer answer)
    {
        Assert.True(answer.Status == 503, $"expected 503 TIMEOUT, got {answer}");
        Refusals.AssertCode(answer, "TIMEOUT");
        Assert.True(answer.Header("Retry-After") is { Length: > 0 }, $"a 503 should say when to retry: {answer}");
    }
}
