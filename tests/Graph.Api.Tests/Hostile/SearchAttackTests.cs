using Graph.Api.Tests.Infrastructure;
using Graph.Domain.Store;

namespace Graph.Api.Tests.Hostile;

/// <summary>
/// Issue 8, item 4, and what held: a search is bounded in length and in distinct words, refused fast when over, and
/// FTS syntax in its text never reaches SQL.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class SearchAttackTests(HubGraphApp graph) : IClassFixture<HubGraphApp>
{
    private const string Search = "query Search($q: String!) { search(query: $q, first: 10) { score entity { id name } } }";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Five_thousand_one_letter_words_are_refused_as_bad_user_input_within_two_seconds()
    {
        var words = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => (char)('a' + i % 26)));

        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(Search, new { q = words }, cancellationToken: ct), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(2), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        AssertBadUserInput(report.Answer);
    }

    [Fact]
    public async Task Four_concurrent_searches_of_three_and_a_half_kilobytes_are_refused_and_a_lookup_stays_quick()
    {
        var names = string.Join(' ', Enumerable.Range(0, 400).Select(HubGraph.OtherName));
        var text = names[..3_600];

        var report = await Attack.RunAsync(graph, async (client, ct) =>
            (IReadOnlyList<HttpAnswer>)await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostGraphQLAsync(Search, new { q = text }, cancellationToken: ct))), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(2), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        Assert.All(report.Answers!, AssertBadUserInput);
    }

    [Fact]
    public async Task A_search_at_the_length_limit_with_repeated_words_is_answered()
    {
        var distinct = Enumerable.Range(0, SearchQuery.MaxWords).Select(i => HubGraph.OtherName(i * 37).Split(' ')[i % 2]).Distinct().ToList();
        var text = string.Join(' ', Enumerable.Repeat(distinct, 20).SelectMany(w => w));
        text = text[..text.LastIndexOf(' ', SearchQuery.MaxTextLength)];

        var report = await Attack.RunAsync(graph, (client, ct) => client.PostGraphQLAsync(Search, new { q = text }, cancellationToken: ct), Patience);

        report.AssertHeld(answeredWithin: TimeSpan.FromSeconds(2), heapMegabytes: 300, cheapQueriesWithin: TimeSpan.FromSeconds(2));
        Assert.True(report.Answer.Status == 200 && report.Answer.Json?["errors"] is null, $"a search of {text.Length} characters should run: {report.Answer}");
    }

    [Fact]
    public async Task A_search_of_more_distinct_words_than_the_limit_is_bad_user_input()
    {
        using var client = graph.Client();
        var words = string.Join(' ', Enumerable.Range(0, SearchQuery.MaxWords + 1).Select(i => $"w{i}"));

        AssertBadUserInput(await client.PostGraphQLAsync(Search, new { q = words }));
    }

    [Fact]
    public async Task A_search_one_character_over_the_length_limit_is_bad_user_input()
    {
        using var client = graph.Client();

        AssertBadUserInput(await client.PostGraphQLAsync(Search, new { q = new string('x', SearchQuery.MaxTextLength + 1) }));
    }

    [Theory]
    [InlineData("\"NEAR(")]
    [InlineData("NEAR(traore keita, 2)")]
    [InlineData("*")]
    [InlineData("traore*")]
    [InlineData("OR")]
    [InlineData("traore OR keita")]
    [InlineData("NOT traore")]
    [InlineData("AND")]
    [InlineData("name:traore")]
    [InlineData("^traore")]
    [InlineData("(traore")]
    [InlineData("\"")]
    [InlineData("'; DROP TABLE entities; --")]
    [InlineData("{traore keita}")]
    [InlineData("-traore")]
    [InlineData("\u0000")]
    public async Task Fts_syntax_in_a_search_never_reaches_sql(string text)
    {
        using var client = graph.Client();

        var answer = await client.PostGraphQLAsync(Search, new { q = text });

        Assert.True(answer.Status == 200, $"expected 200, got {answer}");
        Assert.All(answer.ErrorCodes, code => Assert.Equal("BAD_USER_INPUT", code));
        foreach (var word in new[] { "fts5", "SQLite", "syntax error", "malformed MATCH" })
        {
            Assert.False(answer.Body.Contains(word, StringComparison.OrdinalIgnoreCase), $"the search text reached SQL: {answer}");
        }
        Refusals.AssertDisclosesNothing(answer);
        Assert.Equal(HubGraph.HubName, (await client.Data("{ entity(id: \"hub\") { name } }"))["entity"]!["name"]!.GetValue<string>());
    }

    private static void AssertBadUserInput(HttpAnswer answer)
    {
        Assert.True(answer.Status is 200 or 400, $"expected BAD_USER_INPUT, got {answer}");
        Refusals.AssertCode(answer, "BAD_USER_INPUT");
        Refusals.AssertDisclosesNothing(answer);
    }
}
