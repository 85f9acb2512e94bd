using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 5: the execution timeout truly stops the work. With the budget out of the way, only the timeout
/// stands between a thousand aliased neighbourhoods and the service.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class ExecutionTimeoutTests(TightLimitsHubGraph graph) : IClassFixture<TightLimitsHubGraph>
{
    [Fact]
    public async Task Work_past_the_execution_timeout_is_stopped_with_503_timeout_and_retry_after()
    {
        var document = TimeoutAttackTests.Neighbourhoods(1_000);

        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(document, new { id = HubGraph.HubId }, cancellationToken: ct),
            patience: TimeSpan.FromSeconds(30));

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(5), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        TimeoutAttackTests.AssertStoppedByTheTimeout(report.Answer);
    }

    [Fact]
    public async Task The_service_answers_normally_after_a_timeout()
    {
        using var client = graph.Client();
        await client.PostGraphQLAsync(TimeoutAttackTests.Neighbourhoods(1_000), new { id = HubGraph.HubId });

        var data = await client.Data($$"""{ entity(id: "{{HubGraph.HubId}}") { name relationships { id } } }""");

        Assert.Equal(HubGraph.HubDegree, data["entity"]!["relationships"]!.AsArray().Count);
    }
}
