using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

/// <summary>The contract queries, over real HTTP, against the service seeded with the article's facts.</summary>
public sealed class SeedGraphQueryTests : IDisposable
{
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public SeedGraphQueryTests() => _client = _app.Client();

    [Fact]
    public async Task An_entity_shows_its_sanctions_by_whom_since_when_and_says_who()
    {
        var data = await _client.Data("""
            { entity(id: "sadio-camara") {
                id kind name
                ... on Person { nationality }
                sanctions { programs listedOn endedOn reason authority { id name } target { id } sources { title publisher quote } }
                relationships { type role from { id } to { id } sources { quote } } } }
            """);

        var entity = data["entity"]!;
        Assert.Equal("PERSON", entity["kind"]!.GetValue<string>());
        Assert.Equal("Sadio Camara", entity["name"]!.GetValue<string>());
        var sanction = entity["sanctions"]!.AsArray().Single(s => s!["listedOn"]!.GetValue<string>() == "2023-07-24")!;
        Assert.Equal("ofac", sanction["authority"]!["id"]!.GetValue<string>());
        Assert.Equal("sadio-camara", sanction["target"]!["id"]!.GetValue<string>());
        Assert.Contains("RUSSIA-EO14024", sanction["programs"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.All(sanction["sources"]!.AsArray(), s => Assert.False(string.IsNullOrWhiteSpace(s!["quote"]!.GetValue<string>())));
        Assert.Contains(entity["relationships"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "family" && r["role"]!.GetValue<string>() == "brother-in-law");
    }

    [Fact]
    public async Task An_unknown_id_gives_null_not_an_error()
    {
        var data = await _client.Data("""{ entity(id: "nobody") { id } neighbourhood(id: "nobody") { truncated } path(from: "nobody", to: "sadio-camara") { length } }""");

        Assert.Null(data["entity"]);
        Assert.Null(data["neighbourhood"]);
        Assert.Null(data["path"]);
    }

    [Theory]
    [InlineData("Assimi Goita", "assimi-goita")]
    [InlineData("Alou Boi Diarra", "alou-boi-diarra")]
    [InlineData("camara sadio", "sadio-camara")]
    [InlineData("office of foreign assets control", "ofac")]
    public async Task Search_folds_case_and_diacritics(string query, string id)
    {
        var data = await _client.Data("query($q: String!) { search(query: $q) { score entity { id name } } }", new { q = query });

        var best = data["search"]![0]!;
        Assert.Equal(id, best["entity"]!["id"]!.GetValue<string>());
        Assert.Equal(1.0, best["score"]!.GetValue<double>());
    }

    [Fact]
    public async Task Search_keeps_only_the_kinds_asked_for()
    {
        var data = await _client.Data("""{ search(query: "Mali", kinds: [COUNTRY], first: 5) { entity { kind } } }""");

        Assert.NotEmpty(data["search"]!.AsArray());
        Assert.All(data["search"]!.AsArray(), hit => Assert.Equal("COUNTRY", hit!["entity"]!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Entities_page_with_cursors_and_a_total_count()
    {
        var first = await _client.Data("""{ entities(kinds: [PERSON], first: 2) { totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }""");
        var connection = first["entities"]!;
        var after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await _client.Data("query($after: String) { entities(kinds: [PERSON], first: 100, after: $after) { totalCount nodes { id kind } pageInfo { hasNextPage hasPreviousPage } } }", new { after });

        var total = connection["totalCount"]!.GetValue<int>();
        Assert.True(total > 2);
        Assert.Equal(connection["nodes"].Strings("id"), connection["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.True(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(total - 2, second["entities"]!["nodes"]!.AsArray().Count);
        Assert.Empty(connection["nodes"].Strings("id").Intersect(second["entities"]!["nodes"].Strings("id")));
        Assert.False(second["entities"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(second["entities"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Sanctions_filter_by_authority_program_and_dates()
    {
        var data = await _client.Data("""
            { ofac: sanctions(filter: { authority: "OFAC" }) { totalCount }
              july: sanctions(filter: { authority: "ofac", program: "russia-eo14024", listedFrom: "2023-07", listedTo: "2023-07-31" }) {
                totalCount nodes { target { id } listedOn } }
              none: sanctions(filter: { authority: "nobody" }) { totalCount nodes { id } } }
            """);

        Assert.True(data["ofac"]!["totalCount"]!.GetValue<int>() >= 5);
        Assert.Equal(3, data["july"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["july"]!["nodes"]!.AsArray(), n => Assert.Equal("2023-07-24", n!["listedOn"]!.GetValue<string>()));
        Assert.Equal(0, data["none"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Path_and_neighbourhood_follow_relationships_both_ways()
    {
        var data = await _client.Data("""
            { path(from: "lamine-seydou-traore", to: "ofac", maxHops: 6) { length entities { id } relationships { type } }
              neighbourhood(id: "sadio-camara", hops: 1) { center { id } entities { id } relationships { from { id } to { id } } truncated } }
            """);

        var path = data["path"]!;
        var ids = path["entities"].Strings("id").ToList();
        Assert.Equal("lamine-seydou-traore", ids[0]);
        Assert.Equal("ofac", ids[^1]);
        Assert.Equal(ids.Count - 1, path["length"]!.GetValue<int>());
        var hood = data["neighbourhood"]!;
        Assert.Equal("sadio-camara", hood["center"]!["id"]!.GetValue<string>());
        Assert.Contains("lamine-seydou-traore", hood["entities"].Strings("id"));
        Assert.All(hood["relationships"]!.AsArray(), r =>
            Assert.True(r!["from"]!["id"]!.GetValue<string>() == "sadio-camara" || r["to"]!["id"]!.GetValue<string>() == "sadio-camara"));
    }

    [Fact]
    public async Task Events_carry_their_partial_dates()
    {
        var data = await _client.Data("""{ entities(kinds: [EVENT], first: 100) { nodes { id ... on Event { date } } } }""");

        var moura = data["entities"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == "moura-massacre")!;
        Assert.Equal("2022-03", moura["date"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ entities(first: 100000) { totalCount } }""", "BAD_USER_INPUT")]
    [InlineData("""{ entities(first: 2, after: "bogus") { totalCount } }""", "INVALID_CURSOR")]
    [InlineData("""{ neighbourhood(id: "mali", hops: 9) { truncated } }""", "BAD_USER_INPUT")]
    [InlineData("""{ search(query: "x", first: 0) { score } }""", "BAD_USER_INPUT")]
    public async Task Bad_arguments_give_an_error_with_a_code_not_a_crash(string query, string code)
    {
        var result = await _client.Query(query);

        var error = result["errors"]![0]!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("   at ", error.Compact());
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
