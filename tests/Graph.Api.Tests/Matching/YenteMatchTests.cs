using System.Net;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Matching;

/// <summary>yente's <c>POST /match/{dataset}</c> over the seed: its request shape, its answer's shape and its parameters.</summary>
public sealed class YenteMatchTests : IDisposable
{
    private readonly GraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_batch_of_three_answers_each_key_and_a_bad_query_gets_its_own_400_while_the_others_run()
    {
        var body = MatchingHttp.YenteBody(
            ("camara", "Person", """{"name": ["Sadio Camara"], "nationality": ["ml"], "birthDate": ["1979"], "gender": ["male"]}"""),
            ("wagner", "Organization", """{"name": ["Wagner Group"], "alias": ["PMC Wagner"], "country": ["ru"]}"""),
            ("bad", "Person", """{"nationality": ["ml"]}"""));

        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default", body);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var responses = answer.Json["responses"]!.AsObject();
        Assert.Equal(["camara", "wagner", "bad"], responses.Select(r => r.Key));
        Assert.Equal(5, (int)answer.Json["limit"]!);
        Assert.Equal("graph-matcher", (string?)answer.Json["algorithm"]!["name"]);
        Assert.Equal("best", (string?)answer.Json["algorithm"]!["requested"]);
        Assert.IsType<JsonObject>(answer.Json["matcher"]);

        var camara = responses["camara"]!;
        Assert.Equal(200, (int)camara["status"]!);
        var top = camara["results"]![0]!;
        Assert.Equal("sadio-camara", (string?)top["id"]);
        Assert.Equal("Sadio Camara", (string?)top["caption"]);
        Assert.Equal("Person", (string?)top["schema"]);
        Assert.Equal("Sadio Camara", (string?)top["properties"]!["name"]![0]);
        Assert.Equal(["seed"], top["datasets"]!.AsArray().Select(d => (string?)d));
        Assert.True((bool)top["match"]!);
        Assert.InRange((double)top["score"]!, 0.7, 1);
        foreach (var field in new[] { "referents", "target", "first_seen", "last_seen", "last_change", "features", "explanations" }) Assert.True(top.AsObject().ContainsKey(field), field);
        var explanation = top["explanations"]!.AsObject().First().Value!;
        Assert.True(explanation.AsObject().ContainsKey("score") && explanation.AsObject().ContainsKey("detail"));
        Assert.Equal("eq", (string?)camara["total"]!["relation"]);
        Assert.True((int)camara["total"]!["value"]! >= 1);
        Assert.Equal("""{"id":null,"schema":"Person","properties":{"name":["Sadio Camara"],"nationality":["ml"],"birthDate":["1979"],"gender":["male"]}}""", camara["query"]!.ToJsonString());

        Assert.Equal("wagner-group", (string?)responses["wagner"]!["results"]![0]!["id"]);
        Assert.Equal(["PMC Wagner"], responses["wagner"]!["query"]!["properties"]!["alias"]!.AsArray().Select(a => (string?)a));

        var bad = responses["bad"]!;
        Assert.Equal(400, (int)bad["status"]!);
        Assert.Contains("queries.bad.properties.name", (string?)bad["detail"]);
        Assert.Empty(bad["results"]!.AsArray());
        Assert.Equal(0, (int)bad["total"]!["value"]!);
    }

    [Theory]
    [InlineData("Spaceship", """{"name": ["Sadio Camara"]}""", "queries.q.schema: 'Spaceship' is not a schema")]
    [InlineData("Person", """{"name": [{"first": "Sadio"}]}""", "queries.q.properties.name[0]: give a string, not an object")]
    [InlineData("Person", """{"name": true}""", "queries.q.properties.name: give a string or an array of strings, not a boolean")]
    [InlineData("Person", """{"birthDate": ["1979"]}""", "queries.q.properties.name: give at least one name")]
    public async Task A_query_that_cannot_run_gets_status_400_naming_the_place(string schema, string properties, string expected)
    {
        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default", MatchingHttp.YenteBody(("q", schema, properties)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(400, (int)answer.Json["responses"]!["q"]!["status"]!);
        Assert.StartsWith(expected, (string?)answer.Json["responses"]!["q"]!["detail"]);
    }

    [Fact]
    public async Task A_single_string_value_and_name_parts_are_read_as_yente_reads_them()
    {
        var body = MatchingHttp.YenteBody(("s", "LegalEntity", """{"name": "Assimi Goïta"}"""), ("p", "Person", """{"firstName": ["Alou Boï"], "lastName": ["Diarra"]}"""));

        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default", body);

        Assert.Equal("assimi-goita", (string?)answer.Json["responses"]!["s"]!["results"]![0]!["id"]);
        Assert.Equal("alou-boi-diarra", (string?)answer.Json["responses"]!["p"]!["results"]![0]!["id"]);
    }

    [Fact]
    public async Task More_than_a_hundred_queries_are_refused_whole_with_a_400_that_says_so()
    {
        var queries = Enumerable.Range(0, 101).Select(i => ($"q{i}", "Person", """{"name": ["Sadio Camara"]}""")).ToArray();

        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default", MatchingHttp.YenteBody(queries));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("at most 100", (string?)answer.Json["message"]);
        Assert.Equal("BAD_USER_INPUT", (string?)answer.Json["error"]);
    }

    [Fact]
    public async Task An_unknown_dataset_is_404_and_says_which_to_use()
    {
        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/eu_fsf", MatchingHttp.YenteBody(("q", "Person", """{"name": ["Sadio Camara"]}""")));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Contains("No such dataset: 'eu_fsf'", (string?)answer.Json["message"]);
        Assert.Contains("/match/default", (string?)answer.Json["message"]);
    }

    [Fact]
    public async Task Limit_cuts_the_results_and_a_threshold_of_one_leaves_no_match_while_cutoff_zero_still_returns_candidates()
    {
        var body = MatchingHttp.YenteBody(("q", "Person", """{"name": ["Camara"]}"""));
        var client = _app.Client();

        var one = await MatchingHttp.PostJsonAsync(client, "/match/default?limit=1&threshold=0", body);
        var strict = await MatchingHttp.PostJsonAsync(client, "/match/default?threshold=1&cutoff=0", body);

        Assert.Single(one.Json["responses"]!["q"]!["results"]!.AsArray());
        Assert.Equal(1, (int)one.Json["limit"]!);
        var results = strict.Json["responses"]!["q"]!["results"]!.AsArray();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.False((bool)r!["match"]!));
        Assert.Equal(0, (int)strict.Json["responses"]!["q"]!["total"]!["value"]!);
    }

    [Theory]
    [InlineData("limit=0", "limit:")]
    [InlineData("limit=101", "limit:")]
    [InlineData("threshold=1.5", "threshold:")]
    [InlineData("cutoff=x", "cutoff:")]
    [InlineData("algorithm=regression-v9", "algorithm: 'regression-v9'")]
    [InlineData("changed_since=yesterday", "changed_since:")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string expected)
    {
        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default?" + query, MatchingHttp.YenteBody(("q", "Person", """{"name": ["Sadio Camara"]}""")));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith(expected, (string?)answer.Json["message"]);
    }

    [Fact]
    public async Task Yentes_algorithm_names_and_its_other_parameters_are_accepted_and_exclusions_apply()
    {
        var body = MatchingHttp.YenteBody(("q", "Person", """{"name": ["Sadio Camara"]}"""));
        var client = _app.Client();

        var v2 = await MatchingHttp.PostJsonAsync(client, "/match/default?algorithm=logic-v2&topics=role.pep&include_dataset=seed&changed_since=2024-01-31&exclude_dataset=us_ofac_sdn", body);
        var excluded = await MatchingHttp.PostJsonAsync(client, "/match/default?exclude_entity_ids=sadio-camara&threshold=0", body);
        var noPeople = await MatchingHttp.PostJsonAsync(client, "/match/default?exclude_schema=Person&threshold=0", body);

        Assert.Equal(HttpStatusCode.OK, v2.Status);
        Assert.Equal("logic-v2", (string?)v2.Json["algorithm"]!["requested"]);
        // No entity of the seed has the topic role.pep.
        Assert.Empty(v2.Json["responses"]!["q"]!["results"]!.AsArray());
        Assert.DoesNotContain(excluded.Json["responses"]!["q"]!["results"]!.AsArray(), r => (string?)r!["id"] == "sadio-camara");
        Assert.DoesNotContain(noPeople.Json["responses"]!["q"]!["results"]!.AsArray(), r => (string?)r!["schema"] == "Person");
    }
}
