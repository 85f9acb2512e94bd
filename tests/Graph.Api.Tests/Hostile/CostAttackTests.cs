using Graph.Api.Tests.Infrastructure;
using static Graph.Api.Tests.Infrastructure.HttpAnswerClient;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, items 1 and 2: queries whose cost is in the data, not in their text. On a hub of 131 relationships, four
/// levels of relationships ask for 131⁴ objects; the cost model must know it, for the actual variables, every time.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class CostAttackTests(HubGraphApp graph) : IClassFixture<HubGraphApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>105 bytes in the issue: nine levels, four of them relationships of the hub.</summary>
    private const string NineLevels =
        "{entity(id:\"" + HubGraph.HubId + "\"){relationships{to{relationships{to{relationships{to{relationships{id}}}}}}}}}";

    private const string EightLevels =
        "{entity(id:\"" + HubGraph.HubId + "\"){relationships{to{relationships{to{relationships{to{id}}}}}}}}";

    private const string Dodge = "query Dodge($n: Int) { entities(first: $n) { nodes { id relationships { to { relationships { id } } } } } }";

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task The_nine_level_relationships_query_is_refused_with_its_cost_before_it_runs(string accept)
    {
        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(NineLevels, accept: accept, cancellationToken: ct), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(5), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        Refusals.AssertRefusedForCost(report.Answer);
    }

    [Fact]
    public async Task The_eight_level_relationships_query_is_refused_with_its_cost_before_it_runs()
    {
        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(EightLevels, cancellationToken: ct), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(5), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        Refusals.AssertRefusedForCost(report.Answer);
    }

    [Fact]
    public async Task A_page_size_in_a_variable_is_costed_on_every_run_even_after_a_cheap_run_of_the_same_document()
    {
        var report = await Attack.RunAsync(graph, async (client, ct) => (IReadOnlyList<HttpAnswer>)
        [
            await client.PostGraphQLAsync(Dodge, new { n = 1 }, cancellationToken: ct),
            await client.PostGraphQLAsync(Dodge, new { n = 500 }, cancellationToken: ct),
            await client.PostGraphQLAsync(Dodge, new { n = 500 }, accept: GraphQLResponse, cancellationToken: ct),
        ], Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(5), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        var (cheap, dear, dearAgain) = (report.Answers![0], report.Answers[1], report.Answers[2]);
        Assert.True(cheap.Status == 200 && cheap.Json?["errors"] is null, $"n=1 should run: {cheap}");
        Assert.Single(cheap.Json!["data"]!["entities"]!["nodes"]!.AsArray());
        Refusals.AssertRefusedForCost(dear);
        Refusals.AssertRefusedForCost(dearAgain);
    }

    [Fact]
    public async Task The_same_document_is_refused_at_a_high_page_size_first_and_still_runs_at_a_low_one_after()
    {
        const string document = "query DodgeTheOtherWay($n: Int) { entities(first: $n) { nodes { relationships { to { relationships { id } } } } } }";
        using var client = graph.Client();

        var dear = await client.PostGraphQLAsync(document, new { n = 500 });
        var cheap = await client.PostGraphQLAsync(document, new { n = 1 });

        Refusals.AssertRefusedForCost(dear);
        Assert.True(cheap.Status == 200 && cheap.Json?["errors"] is null, $"n=1 should run: {cheap}");
    }
}
