using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

/// <summary>The reads the network view stands on, over real HTTP on the seed: relationship summaries and neighbourhoods filtered and paged.</summary>
public sealed class NetworkQueryTests : IDisposable
{
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public NetworkQueryTests() => _client = _app.Client();

    [Theory]
    [InlineData(null)]
    [InlineData("2023-07-23")]
    [InlineData("2020-06-01")]
    public async Task A_relationship_summary_counts_what_the_relationships_and_the_neighbours_sanctions_say(string? asOf)
    {
        var day = asOf is null ? "" : $", asOf: \"{asOf}\"";
        var data = await _client.Data($$"""
            {
              relationshipSummary(id: "wagner-group"{{day}}) { entity { id } neighbours sanctionedNeighbours groups { type direction count } }
              entity(id: "wagner-group"{{day}}) {
                relationships { type from { id sanctions(includeSameAs: false) { id } } to { id sanctions(includeSameAs: false) { id } } }
              }
            }
            """);

        var summary = data["relationshipSummary"]!;
        var relationships = data["entity"]!["relationships"]!.AsArray().Select(r => r!).ToList();
        var expected = relationships
            .GroupBy(r => (Type: r["type"]!.GetValue<string>(), Direction: r["from"]!["id"]!.GetValue<string>() == "wagner-group" ? "OUTGOING" : "INCOMING"))
            .ToDictionary(g => $"{g.Key.Type} {g.Key.Direction}", g => g.Count());
        var neighbours = relationships.Select(r => r["from"]!["id"]!.GetValue<string>() == "wagner-group" ? r["to"]! : r["from"]!)
            .DistinctBy(n => n["id"]!.GetValue<string>()).ToList();
        Assert.Equal("wagner-group", summary["entity"]!["id"]!.GetValue<string>());
        Assert.Equal(expected, summary["groups"]!.AsArray().ToDictionary(g => $"{g!["type"]} {g["direction"]}", g => g!["count"]!.GetValue<int>()));
        Assert.Equal(neighbours.Count, summary["neighbours"]!.GetValue<int>());
        Assert.Equal(neighbours.Count(n => n["sanctions"]!.AsArray().Count > 0), summary["sanctionedNeighbours"]!.GetValue<int>());
        Assert.True(neighbours.Count > 5, "Wagner has many neighbours in the seed");
    }

    [Fact]
    public async Task A_relationship_summary_of_an_unknown_id_is_null()
    {
        var data = await _client.Data("""{ relationshipSummary(id: "nobody") { neighbours } }""");

        Assert.Null(data["relationshipSummary"]);
    }

    [Fact]
    public async Task Neighbourhood_pages_cover_the_whole_neighbourhood_without_repeats_and_keep_their_center()
    {
        var whole = await Ids("""{ neighbourhood(id: "sadio-camara", hops: 2, limit: 500) { truncated entities { id } } }""");
        var paged = new List<string>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var data = await _client.Data(
                """query($after: String) { neighbourhood(id: "sadio-camara", hops: 2, limit: 4, after: $after) { center { id } truncated endCursor entities { id } relationships { from { id } to { id } } } }""",
                new { after });
            var neighbourhood = data["neighbourhood"]!;
            Assert.Equal("sadio-camara", neighbourhood["center"]!["id"]!.GetValue<string>());
            var ids = neighbourhood["entities"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ToList();
            Assert.True(ids.Count <= 4);
            // Every relationship of a page ties one of its entities to one reached before.
            Assert.All(neighbourhood["relationships"]!.AsArray(), r =>
                Assert.True(ids.Contains(r!["from"]!["id"]!.GetValue<string>()) || ids.Contains(r["to"]!["id"]!.GetValue<string>())));
            paged.AddRange(ids);
            if (!neighbourhood["truncated"]!.GetValue<bool>()) break;
            after = neighbourhood["endCursor"]!.GetValue<string>();
        }

        Assert.True(whole.Count > 8, "the seed's 2-hop neighbourhood of Sadio Camara spans several pages of 4");
        Assert.Equal(paged.Distinct().Count(), paged.Count);
        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task A_neighbourhood_follows_only_the_types_and_reaches_only_the_kinds_asked_for()
    {
        var data = await _client.Data("""
            {
              typed: neighbourhood(id: "wagner-group", hops: 1, types: ["support"]) { entities { id } relationships { type } }
              kinds: neighbourhood(id: "wagner-group", hops: 1, kinds: [PERSON]) { entities { id kind } }
              all: entity(id: "wagner-group") { relationships(types: ["support"]) { from { id } to { id } } }
            }
            """);

        var typed = data["typed"]!;
        Assert.All(typed["relationships"]!.AsArray(), r => Assert.Equal("support", r!["type"]!.GetValue<string>()));
        var supportEnds = data["all"]!["relationships"]!.AsArray().SelectMany(r => new[] { r!["from"]!["id"]!.GetValue<string>(), r["to"]!["id"]!.GetValue<string>() })
            .Prepend("wagner-group").Distinct().Order();
        Assert.Equal(supportEnds, typed["entities"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order());
        var kinds = data["kinds"]!["entities"]!.AsArray().Skip(1).Select(e => e!["kind"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Equal("PERSON", kind));
    }

    [Fact]
    public async Task A_neighbourhood_cursor_it_did_not_issue_is_refused()
    {
        var answer = await _client.Query("""{ neighbourhood(id: "sadio-camara", after: "bm90IGEgY3Vyc29y") { truncated } }""");

        Assert.Equal("INVALID_CURSOR", answer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private async Task<List<string>> Ids(string query)
    {
        var neighbourhood = (await _client.Data(query))["neighbourhood"]!;
        Assert.False(neighbourhood["truncated"]!.GetValue<bool>());
        return [.. neighbourhood["entities"]!.AsArray().Select(e => e!["id"]!.GetValue<string>())];
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
