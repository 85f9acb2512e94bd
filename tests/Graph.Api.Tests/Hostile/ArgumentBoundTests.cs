using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>What held, and must keep holding: page sizes, <c>first</c>, hops and limits are bounded, and the bounds themselves are accepted.</summary>
public sealed class ArgumentBoundTests : IDisposable
{
    private readonly GraphApp _app = new();

    [Theory]
    [InlineData("""{ entities(first: 501) { totalCount } }""")]
    [InlineData("""{ entities(first: -1) { totalCount } }""")]
    [InlineData("""{ sanctions(first: 501) { totalCount } }""")]
    [InlineData("""{ changes(since: "2000", first: 501) { totalCount } }""")]
    [InlineData("""{ search(query: "mali", first: 101) { score } }""")]
    [InlineData("""{ search(query: "mali", first: -5) { score } }""")]
    [InlineData("""{ neighbourhood(id: "mali", hops: 5) { truncated } }""")]
    [InlineData("""{ neighbourhood(id: "mali", hops: -1) { truncated } }""")]
    [InlineData("""{ neighbourhood(id: "mali", limit: 5001) { truncated } }""")]
    [InlineData("""{ neighbourhood(id: "mali", limit: 0) { truncated } }""")]
    [InlineData("""{ path(from: "mali", to: "ofac", maxHops: 7) { length } }""")]
    [InlineData("""{ path(from: "mali", to: "ofac", maxHops: 0) { length } }""")]
    public async Task An_argument_past_its_bound_is_bad_user_input(string query)
    {
        using var client = _app.Client();

        var answer = await client.PostGraphQLAsync(query);

        Assert.True(answer.Status is 200 or 400, $"expected BAD_USER_INPUT, got {answer}");
        Refusals.AssertCode(answer, "BAD_USER_INPUT");
        Refusals.AssertDisclosesNothing(answer);
    }

    [Theory]
    [InlineData("""{ entities(first: 500) { totalCount nodes { id } } }""")]
    [InlineData("""{ entities(first: 0) { totalCount } }""")]
    [InlineData("""{ sanctions(first: 500) { totalCount nodes { id } } }""")]
    [InlineData("""{ changes(since: "2000", first: 500) { totalCount } }""")]
    [InlineData("""{ search(query: "mali", first: 100) { score } }""")]
    [InlineData("""{ neighbourhood(id: "mali", hops: 4, limit: 5000) { truncated entities { id } } }""")]
    [InlineData("""{ path(from: "lamine-seydou-traore", to: "ofac", maxHops: 6) { length } }""")]
    public async Task An_argument_at_its_bound_is_accepted(string query)
    {
        using var client = _app.Client();

        var answer = await client.PostGraphQLAsync(query);

        Assert.True(answer.Status == 200 && answer.Json?["errors"] is null, $"a query at the bounds should run: {answer}");
    }

    public void Dispose() => _app.Dispose();
}
