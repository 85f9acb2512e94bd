using Graph.Api.Tests.Infrastructure;
using static Graph.Api.Tests.Infrastructure.HttpAnswerClient;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 12: the standard introspection query, which GraphiQL, IDEs, code generators and Postman send, is
/// within the default budget by design, and a hub in the data changes nothing about that.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class IntrospectionTests(HubGraphApp graph) : IClassFixture<HubGraphApp>
{
    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task The_standard_introspection_query_is_answered_under_the_default_budget(string accept)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "introspection-query.graphql"));

        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(query, accept: accept, cancellationToken: ct), TimeSpan.FromSeconds(15));

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(5), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        var answer = report.Answer;
        Assert.True(answer.Status == 200 && answer.Json?["errors"] is null, $"the introspection query should run: {answer}");
        var schema = answer.Json!["data"]!["__schema"]!;
        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
        Assert.Equal("Mutation", schema["mutationType"]!["name"]!.GetValue<string>());
        var types = schema["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Entity", types);
        Assert.Contains("Relationship", types);
    }
}
