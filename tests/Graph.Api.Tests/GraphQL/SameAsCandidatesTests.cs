using System.Text.Json.Nodes;
using Graph.Api.Tests.Imports;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

/// <summary>Cross-referencing over real HTTP: proposals between the seed and an OFAC-format publication, and the reviewer's decisions.</summary>
public sealed class SameAsCandidatesTests : IDisposable
{
    private const string Proposals = """
        query($after: String) { sameAsCandidates(datasets: ["seed", "us_ofac_sdn"], first: 50, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { score left { id } right { id } leftDatasets rightDatasets explanations { feature score query candidate } } } }
        """;

    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });

    private async Task ImportOfacAsync()
    {
        using var client = _app.Authorized();
        using var form = new MultipartFormDataContent();
        foreach (var name in new[] { "sdn.csv", "alt.csv", "add.csv" })
        {
            form.Add(new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-xref", name))), "files", name);
        }
        var (status, _, text) = await client.Upload("format=ofac-csv&published=2023-07-24", form);
        Assert.True(status == System.Net.HttpStatusCode.OK, text);
    }

    /// <summary>The pairs proposed, each as its two ids in ordinal order, whichever end was asked about.</summary>
    private static List<(string, string)> Pairs(JsonNode data) =>
        [.. data["sameAsCandidates"]!["nodes"]!.AsArray().Select(n => Pair(n!["left"]!["id"]!.GetValue<string>(), n["right"]!["id"]!.GetValue<string>()))];

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    [Fact]
    public async Task The_articles_officials_are_proposed_against_their_ofac_entries_best_first_with_reasons()
    {
        await ImportOfacAsync();
        using var client = _app.Client();

        var data = await client.Data(Proposals);

        var pairs = Pairs(data);
        Assert.Contains(Pair("sadio-camara", "ofac-990001"), pairs);
        Assert.Contains(Pair("wagner-group", "ofac-22543"), pairs);
        Assert.DoesNotContain(Pair("sadio-camara", "ofac-11972"), pairs);
        var nodes = data["sameAsCandidates"]!["nodes"]!.AsArray();
        var scores = nodes.Select(n => n!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(nodes, n => Assert.NotEqual(n!["leftDatasets"]!.ToJsonString(), n["rightDatasets"]!.ToJsonString()));
        Assert.All(nodes, n => Assert.Contains(n!["explanations"]!.AsArray(), e => e!["feature"]!.GetValue<string>() == "name"));
    }

    [Fact]
    public async Task A_rejected_pair_is_not_proposed_again_and_a_link_replaces_the_rejection()
    {
        await ImportOfacAsync();
        using var reviewer = _app.Authorized();
        using var anonymous = _app.Client();

        var refused = await anonymous.Query("""mutation { rejectSameAs(from: "sadio-camara", to: "ofac-990001") { id } }""");
        await reviewer.Data("""mutation { rejectSameAs(from: "sadio-camara", to: "ofac-990001", reason: "test") { id type } }""");
        var afterRejection = Pairs(await anonymous.Data(Proposals));
        await reviewer.Data("""mutation { linkSameAs(from: "ofac-990001", to: "sadio-camara") { id } }""");
        var decisions = await anonymous.Data("""{ entity(id: "sadio-camara") { relationships { type to { id } from { id } } } }""");

        Assert.NotNull(refused["errors"]);
        Assert.DoesNotContain(Pair("sadio-camara", "ofac-990001"), afterRejection);
        Assert.Contains(Pair("alou-boi-diarra", "ofac-990002"), afterRejection);
        var types = decisions["entity"]!["relationships"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()).ToList();
        Assert.Contains("same_as", types);
        Assert.DoesNotContain("not_same_as", types);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_repeats()
    {
        await ImportOfacAsync();
        using var client = _app.Client();

        var first = await client.Data("""{ sameAsCandidates(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { left { id } right { id } } } }""");
        var cursor = first["sameAsCandidates"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await client.Data("""query($after: String) { sameAsCandidates(first: 2, after: $after) { nodes { left { id } right { id } } } }""", new { after = cursor });

        Assert.True(first["sameAsCandidates"]!["totalCount"]!.GetValue<int>() >= 6);
        Assert.True(first["sameAsCandidates"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Empty(Pairs(first).Intersect(Pairs(second)));
        Assert.Equal(2, Pairs(second).Count);
    }

    [Fact]
    public async Task A_bad_score_or_cursor_is_refused_by_name()
    {
        using var client = _app.Client();

        var score = await client.Query("""{ sameAsCandidates(minScore: -1) { totalCount } }""");
        var cursor = await client.Query("""{ sameAsCandidates(after: "nonsense") { totalCount } }""");

        Assert.Contains("minScore", score["errors"]![0]!["message"]!.GetValue<string>());
        Assert.NotNull(cursor["errors"]);
    }

    public void Dispose() => _app.Dispose();
}
