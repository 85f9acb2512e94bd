using System.Net;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Matching;

/// <summary>Hostile bodies are refused cleanly and cheaply, each with a message that says what was wrong.</summary>
public sealed class MatchingHostileTests : IDisposable
{
    private readonly GraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Deep_JSON_is_a_400_that_names_the_depth_bound()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var yente = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default", "{\"queries\": " + deep + "}");
        var reconcile = await MatchingHttp.PostJsonAsync(_app.Client(), "/reconcile/1.0/match", deep);
        var form = await MatchingHttp.PostFormAsync(_app.Client(), "/reconcile", ("queries", deep));

        foreach (var answer in new[] { yente, reconcile, form })
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Contains("nest at most 8 deep", (string?)answer.Json["message"]);
        }
    }

    [Fact]
    public async Task A_body_over_one_MiB_is_a_413_before_it_is_read_whole()
    {
        var huge = "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"" + new string('a', 2 * 1024 * 1024) + "\"]}}}}";

        var yente = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default", huge);
        var form = await MatchingHttp.PostFormAsync(_app.Client(), "/reconcile", ("queries", huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, yente.Status);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, form.Status);
        Assert.Contains("1048576 bytes", (string?)yente.Json["message"]);
    }

    [Fact]
    public async Task Ten_thousand_properties_or_huge_arrays_are_refused_per_query_without_matching()
    {
        var properties = "{" + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"\"p{i}\": [\"x\"]")) + "}";
        var values = "{\"name\": [" + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"\"Sadio Camara {i}\"")) + "]}";

        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default", MatchingHttp.YenteBody(("many", "Person", properties), ("long", "Person", values)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("at most 64 properties", (string?)answer.Json["responses"]!["many"]!["detail"]);
        Assert.Contains("at most 64 values", (string?)answer.Json["responses"]!["long"]!["detail"]);
    }

    [Theory]
    [InlineData("not json", "the body is not valid JSON")]
    [InlineData("[]", "The body must be an object")]
    [InlineData("{}", "queries: give an object")]
    [InlineData("""{"queries": {}}""", "queries: no queries provided")]
    [InlineData("""{"queries": {"q": {"schema": "Person", "properties": {"name": ["x"]}}}, "config": {"nm_number_mismatch": 0.4}}""", "config: 'nm_number_mismatch' is not a configuration parameter")]
    public async Task A_malformed_match_body_is_a_400_naming_the_place(string body, string expected)
    {
        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith(expected, (string?)answer.Json["message"]);
    }

    [Fact]
    public async Task A_name_longer_than_a_search_reads_and_the_wrong_content_types_are_refused()
    {
        var client = _app.Client();

        var longName = await MatchingHttp.PostJsonAsync(client, "/match/default", MatchingHttp.YenteBody(("q", "Person", $$"""{"name": ["{{new string('a', 300)}}"]}""")));
        var form = await MatchingHttp.PostFormAsync(client, "/match/default", ("queries", "{}"));
        var json = await MatchingHttp.PostJsonAsync(client, "/reconcile", """{"q0": {"query": "x"}}""");

        Assert.Contains("at most 256 characters", (string?)longName.Json["responses"]!["q"]!["detail"]);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.Status);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.Status);
        Assert.Contains("x-www-form-urlencoded", (string?)json.Json["message"]);
    }

    [Fact]
    public async Task A_0_2_batch_over_a_hundred_queries_is_refused_as_the_manifest_announces()
    {
        var queries = "{" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"q{i}\": {{\"query\": \"Sadio Camara\"}}")) + "}";
        var batch = "{\"queries\": [" + string.Join(", ", Enumerable.Range(0, 101).Select(_ => """{"conditions": [{"matchType": "name", "propertyValue": "Sadio Camara"}]}""")) + "]}";

        var v02 = await MatchingHttp.PostFormAsync(_app.Client(), "/reconcile", ("queries", queries));
        var v10 = await MatchingHttp.PostJsonAsync(_app.Client(), "/reconcile/1.0/match", batch);

        Assert.Equal(HttpStatusCode.BadRequest, v02.Status);
        Assert.Contains("at most 100", (string?)v02.Json["message"]);
        Assert.Equal(HttpStatusCode.BadRequest, v10.Status);
        Assert.Contains("at most 100", (string?)v10.Json["message"]);
    }
}
