using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.GraphQL;

/// <summary>The <c>match</c> field over real HTTP against the seeded service.</summary>
public sealed class MatchQueryTests : IDisposable
{
    private const string Hits = "score match entity { id name } explanations { feature score weight query candidate detail }";
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public MatchQueryTests() => _client = _app.Client();

    [Theory]
    [InlineData("CAMARA, Sadio", "sadio-camara")]
    [InlineData("Alou Boi DIARRA", "alou-boi-diarra")]
    [InlineData("Асими Гоита", "assimi-goita")]
    [InlineData("Andrei Ivanov", "andrey-ivanov")]
    public async Task The_best_hit_is_the_entity_named_and_says_why(string name, string id)
    {
        var data = await _client.Data($"query($q: MatchQuery!) {{ match(query: $q) {{ {Hits} }} }}", new { q = new { name, kind = "PERSON" } });

        var best = data["match"]![0]!;
        Assert.Equal(id, best["entity"]!["id"]!.GetValue<string>());
        Assert.True(best["match"]!.GetValue<bool>());
        Assert.InRange(best["score"]!.GetValue<double>(), 0.7, 0.999);
        var name0 = best["explanations"]!.AsArray().First(e => e!["feature"]!.GetValue<string>() == "name")!;
        Assert.Equal(name, name0["query"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(name0["candidate"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_nationality_that_agrees_lifts_the_score_and_one_that_conflicts_pulls_it_under_the_threshold()
    {
        async Task<double> Score(string nationality) =>
            (await _client.Data($"{{ match(query: {{ name: \"Sadio Camara\", nationality: [\"{nationality}\"] }}, first: 1) {{ {Hits} }} }}"))["match"]![0]!["score"]!.GetValue<double>();

        var mali = await Score("Mali");
        var guineaBissau = await Score("gw");

        Assert.True(mali > guineaBissau, $"Mali {mali}, Guinea-Bissau {guineaBissau}");
    }

    [Fact]
    public async Task With_threshold_zero_the_first_best_candidates_come_back_whatever_their_scores()
    {
        var data = await _client.Data($"{{ match(query: {{ name: \"Camara\" }}, first: 3, threshold: 0) {{ {Hits} }} }}");

        var hits = data["match"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(h!["match"]!.GetValue<bool>()));
        var scores = hits.Select(h => h!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Theory]
    [InlineData("{ match(query: { name: \"Sadio Camara\" }, threshold: 1.5) { score } }", "threshold")]
    [InlineData("{ match(query: { name: \"Sadio Camara\" }, first: 0) { score } }", "first")]
    [InlineData("{ match(query: { name: \"  \" }) { score } }", "query.name")]
    [InlineData("{ match(query: { name: \"Sadio Camara\", identifiers: [\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"] }) { score } }", "query.identifiers")]
    public async Task Bad_arguments_get_an_error_naming_them(string document, string place)
    {
        var result = await _client.Query(document);

        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Contains(place, error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_name_longer_than_a_search_reads_is_refused()
    {
        var result = await _client.Query("query($q: MatchQuery!) { match(query: $q) { score } }", new { q = new { name = new string('a', 300) } });

        Assert.Contains("query.name", result["errors"]![0]!["message"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
