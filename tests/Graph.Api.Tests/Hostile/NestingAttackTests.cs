using System.Text;
using Graph.Api.Tests.Infrastructure;
using static Graph.Api.Tests.Infrastructure.HttpAnswerClient;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 3, and what held: documents whose size is small and whose expansion is not. Fragments that fan out
/// are costed after expansion, fragment cycles are refused, and nesting past the depth limit is refused.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class NestingAttackTests(HubGraphApp graph) : IClassFixture<HubGraphApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Thirty_fragments_each_spreading_the_next_twice_are_refused_for_their_cost_within_two_seconds()
    {
        var document = FanOut(fragments: 30);
        Assert.InRange(Encoding.UTF8.GetByteCount(document), 1_000, 1_400);

        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(document, cancellationToken: ct), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(2), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        Refusals.AssertRefusedForCost(report.Answer);
    }

    [Fact]
    public async Task Three_fan_out_documents_in_flight_leave_a_cheap_query_quick()
    {
        var document = FanOut(fragments: 30);

        var report = await Attack.RunAsync(graph, async (client, ct) =>
            (IReadOnlyList<HttpAnswer>)await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.PostGraphQLAsync(document, cancellationToken: ct))), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(2), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        Assert.All(report.Answers!, Refusals.AssertRefusedForCost);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task A_fragment_cycle_is_refused_before_it_runs(string accept)
    {
        const string cycle = """
            query Cycle { ...A }
            fragment A on Query { statistics { entities } ...B }
            fragment B on Query { entity(id: "hub") { name } ...A }
            """;

        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(cycle, accept: accept, cancellationToken: ct), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(2), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        var answer = report.Answer;
        Refusals.AssertCode(answer, "NO_FRAGMENT_CYCLES");
        Refusals.AssertNothingRan(answer);
        if (accept == GraphQLResponse) Assert.Equal(400, answer.Status);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task A_query_nested_past_the_depth_limit_is_refused_with_a_400_before_it_runs(string accept)
    {
        // Each level is one object, never a list: the depth is what is wrong, not the cost.
        var deep = TypeChain(levels: 18);

        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(deep, accept: accept, cancellationToken: ct), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(2), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        var answer = report.Answer;
        Assert.True(answer.Status == 400, $"expected 400 DEPTH_LIMIT_EXCEEDED, got {answer}");
        Refusals.AssertCode(answer, "DEPTH_LIMIT_EXCEEDED");
        Refusals.AssertNothingRan(answer);
    }

    [Fact]
    public async Task A_query_at_the_depth_limit_still_runs()
    {
        using var client = graph.Client();

        var answer = await client.PostGraphQLAsync(TypeChain(levels: 14));

        Assert.True(answer.Status == 200 && answer.Json?["errors"] is null, $"a query 14 levels deep should run: {answer}");
    }

    /// <summary>A query <paramref name="levels"/> deep, its leaf included, made of single objects: __type, then ofType.</summary>
    private static string TypeChain(int levels) =>
        "{ __type(name: \"Query\") { " + string.Concat(Enumerable.Repeat("ofType { ", levels - 2)) + "name" + new string('}', levels - 2) + " } }";

    /// <summary>Fragment i spreads fragment i+1 twice; the last asks for the hub's relationships: 2^(n-1) copies of it.</summary>
    private static string FanOut(int fragments)
    {
        var document = new StringBuilder("query FanOut { ...F1 }\n");
        for (var i = 1; i < fragments; i++) document.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        document.Append($"fragment F{fragments} on Query {{ entity(id: \"{HubGraph.HubId}\") {{ relationships {{ to {{ name }} }} }} }}\n");
        return document.ToString();
    }
}
