using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>Issue 8, bounded work: a response holds at most <c>Limits:MaxResponseObjects</c> objects; past it, a 400 and no data.</summary>
[Collection(HostileCollection.Name)]
public sealed class ResponseSizeTests(SmallResponseCapHubGraph graph) : IClassFixture<SmallResponseCapHubGraph>
{
    [Fact]
    public async Task A_response_of_more_objects_than_the_cap_is_refused_with_a_400_and_no_data()
    {
        // 300 entities, each with its relationships and the entity at their other end: thousands of objects, well within the budget.
        const string query = "{ entities(first: 300) { nodes { id relationships { id to { id } } } } }";

        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(query, cancellationToken: ct), TimeSpan.FromSeconds(15));

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(5), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        var answer = report.Answer;
        Assert.True(answer.Status == 400, $"expected 400 RESPONSE_TOO_LARGE, got {answer}");
        Refusals.AssertCode(answer, "RESPONSE_TOO_LARGE");
        Refusals.AssertNothingRan(answer);
    }

    [Fact]
    public async Task A_response_under_the_cap_is_answered()
    {
        using var client = graph.Client();

        var answer = await client.PostGraphQLAsync($$"""{ entity(id: "{{HubGraph.HubId}}") { name relationships { id } } }""");

        Assert.True(answer.Status == 200 && answer.Json?["errors"] is null, $"a response of {HubGraph.HubDegree + 1} objects should run: {answer}");
    }
}
