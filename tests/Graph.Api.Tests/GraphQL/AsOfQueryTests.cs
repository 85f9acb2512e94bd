using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;
using Graph.Domain.Model;

namespace Graph.Api.Tests.GraphQL;

/// <summary>"As of" on the reads, over real HTTP, against the service seeded with the article's facts.</summary>
public sealed class AsOfQueryTests : IDisposable
{
    private static readonly string[] Officials = ["sadio-camara", "alou-boi-diarra", "adama-bagayoko"];
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public AsOfQueryTests() => _client = _app.Client();

    private static IEnumerable<string> OfacListedOn(JsonNode entity, string day) =>
        entity["sanctions"]!.AsArray().Where(s => s!["authority"]!["id"]!.GetValue<string>() == "ofac" && s["listedOn"]?.GetValue<string>() == day).Select(s => s!["id"]!.GetValue<string>());

    [Fact]
    public async Task The_officials_sanctions_hold_on_2023_07_24_and_not_on_2023_07_23_on_every_read()
    {
        const string Sanctions = "id sanctions { id listedOn authority { id } }";
        var data = await _client.Data($$"""
            {
              before: entity(id: "sadio-camara", asOf: "2023-07-23") { {{Sanctions}} }
              after: entity(id: "sadio-camara", asOf: "2023-07-24") { {{Sanctions}} }
              always: entity(id: "sadio-camara") { {{Sanctions}} }
              searched: search(query: "Sadio Camara", first: 1, asOf: "2023-07-23") { entity { {{Sanctions}} } }
              listed: entities(kinds: [PERSON], first: 100, asOf: "2023-07-23") { nodes { {{Sanctions}} } }
              around: neighbourhood(id: "wagner-group", hops: 1, asOf: "2023-07-23") { entities { {{Sanctions}} } }
              aroundLater: neighbourhood(id: "wagner-group", hops: 1, asOf: "2023-07-24") { entities { {{Sanctions}} } }
              path(from: "sadio-camara", to: "wagner-group", asOf: "2023-07-23") { entities { {{Sanctions}} } }
              overridden: entity(id: "sadio-camara", asOf: "2023-07-23") { sanctions(asOf: "2023-07-24") { id } }
            }
            """);

        Assert.Empty(OfacListedOn(data["before"]!, "2023-07-24"));
        Assert.Single(OfacListedOn(data["after"]!, "2023-07-24"));
        Assert.Single(OfacListedOn(data["always"]!, "2023-07-24"));
        Assert.Empty(OfacListedOn(data["searched"]![0]!["entity"]!, "2023-07-24"));
        Assert.NotEmpty(data["overridden"]!["sanctions"]!.AsArray());
        var officialsBefore = data["listed"]!["nodes"]!.AsArray().Where(n => Officials.Contains(n!["id"]!.GetValue<string>())).ToList();
        Assert.Equal(Officials.Length, officialsBefore.Count);
        Assert.All(officialsBefore, o => Assert.Empty(OfacListedOn(o!, "2023-07-24")));
        foreach (var (around, expected) in new[] { (data["around"]!, 0), (data["aroundLater"]!, 1) })
        {
            var officials = around["entities"]!.AsArray().Where(n => Officials.Contains(n!["id"]!.GetValue<string>())).ToList();
            Assert.Equal(Officials.Length, officials.Count);
            Assert.All(officials, o => Assert.Equal(expected, OfacListedOn(o!, "2023-07-24").Count()));
        }
        Assert.Empty(OfacListedOn(data["path"]!["entities"]![0]!, "2023-07-24"));
    }

    [Fact]
    public async Task Sanction_lists_as_of_a_day_count_what_held_then_and_the_list_diff_names_the_three_officials()
    {
        var data = await _client.Data("""
            {
              before: sanctions(filter: { authority: "OFAC" }, asOf: "2023-07-23", first: 100) { totalCount nodes { id listedOn endedOn } }
              after: sanctions(filter: { authority: "OFAC" }, asOf: "2023-07-24", first: 100) { totalCount }
              all: sanctions(filter: { authority: "OFAC" }, first: 100) { totalCount nodes { id listedOn endedOn firstSeen } }
              listDiff(authority: "OFAC", from: "2023-07-23", to: "2023-07-24") { addedCount endedCount added { target { id } } ended { id } }
            }
            """);

        // What held on each day, counted from the undated list with Holding's own rule.
        var all = data["all"]!["nodes"]!.AsArray().Select(n => new Sanction(n!["id"]!.GetValue<string>(), "ofac", "x")
        {
            ListedOn = Date(n["listedOn"]), EndedOn = Date(n["endedOn"]), FirstSeen = Date(n["firstSeen"]),
        }).ToList();
        Assert.Equal(all.Count(s => s.HoldsOn(new DateOnly(2023, 7, 23))), data["before"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(all.Count(s => s.HoldsOn(new DateOnly(2023, 7, 24))), data["after"]!["totalCount"]!.GetValue<int>());
        Assert.True(data["after"]!["totalCount"]!.GetValue<int>() - data["before"]!["totalCount"]!.GetValue<int>() == 3);
        var diff = data["listDiff"]!;
        Assert.Equal(3, diff["addedCount"]!.GetValue<int>());
        Assert.Equal(0, diff["endedCount"]!.GetValue<int>());
        Assert.Equal(Officials.Order(), diff["added"]!.AsArray().Select(a => a!["target"]!["id"]!.GetValue<string>()).Order());
    }

    private static PartialDate? Date(JsonNode? node) => node is null ? null : PartialDate.Parse(node.GetValue<string>());

    [Fact]
    public async Task Relationships_and_paths_as_of_a_day_follow_only_what_held_then()
    {
        var day = new DateOnly(2020, 6, 1);
        var data = await _client.Data("""
            {
              always: entity(id: "sadio-camara") { relationships { id startDate endDate } }
              then: entity(id: "sadio-camara", asOf: "2020-06-01") { relationships { id } }
              own: entity(id: "sadio-camara") { relationships(asOf: "2020-06-01") { id } }
              path(from: "sadio-camara", to: "ivan-maslov") { relationships { id startDate endDate } }
              pathThen: path(from: "sadio-camara", to: "ivan-maslov", asOf: "2020-06-01") { relationships { id startDate endDate } }
            }
            """);

        var holding = data["always"]!["relationships"]!.AsArray().Where(r => Holds(r!, day)).Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.True(holding.Count < data["always"]!["relationships"]!.AsArray().Count, "the seed has a relationship of Sadio Camara that starts after the day");
        Assert.Equal(holding, data["then"]!["relationships"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        Assert.Equal(holding, data["own"]!["relationships"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        Assert.Contains(data["path"]!["relationships"]!.AsArray(), r => !Holds(r!, day));
        Assert.All(data["pathThen"]!["relationships"]!.AsArray(), r => Assert.True(Holds(r!, day)));
    }

    private static bool Holds(JsonNode relationship, DateOnly day) =>
        new Relationship("r", "t", "a", "b") { StartDate = Date(relationship["startDate"]), EndDate = Date(relationship["endDate"]) }.HoldsOn(day);

    [Theory]
    [InlineData("""{ entity(id: "sadio-camara", asOf: "2023") { id } }""", "asOf")]
    [InlineData("""{ entity(id: "sadio-camara") { sanctions(knownAsOf: "2023-07") { id } } }""", "knownAsOf")]
    [InlineData("""{ sanctions(filter: { activeOn: "2023-07-01" }, asOf: "2023-07-24") { totalCount } }""", "asOf")]
    [InlineData("""{ listDiff(from: "2023-07-25", to: "2023-07-24") { addedCount } }""", "to")]
    [InlineData("""{ listDiff(from: "2023-07-24", to: "2023-07-25", first: 501) { addedCount } }""", "first")]
    public async Task A_day_that_is_no_one_day_or_out_of_order_is_refused_naming_the_argument(string query, string argument)
    {
        var answer = await _client.Query(query);

        var error = answer["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith($"Argument '{argument}'", error["message"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
