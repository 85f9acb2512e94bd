using System.Net;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Matching;

/// <summary>OpenRefine reconciliation over the seed, both versions, each answer validated against the specification's schemas.</summary>
public sealed class ReconciliationTests : IDisposable
{
    private readonly GraphApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_0_2_manifest_follows_its_schema_and_points_at_the_entity_page_the_embed_card_and_the_suggest_services()
    {
        var answer = await MatchingHttp.GetAsync(_app.Client(), "/reconcile");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        SchemaCheck.AssertValid(answer.Json, "0.2", "manifest.json");
        var baseUrl = _app.BaseAddress.ToString().TrimEnd('/');
        Assert.Equal(baseUrl + "/entities/{{id}}", (string?)answer.Json["view"]!["url"]);
        Assert.Equal(baseUrl + "/embed/entities/{{id}}", (string?)answer.Json["preview"]!["url"]);
        Assert.Equal("/suggest/entity", (string?)answer.Json["suggest"]!["entity"]!["service_path"]);
        Assert.Contains(answer.Json["defaultTypes"]!.AsArray(), t => (string?)t!["id"] == "Person");

        var card = await MatchingHttp.GetAsync(_app.Client(), ((string)answer.Json["preview"]!["url"]!).Replace("{{id}}", "sadio-camara", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, card.Status);
        Assert.Contains("Sadio Camara", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_1_0_manifest_follows_its_schema_with_standardized_scores()
    {
        var answer = await MatchingHttp.GetAsync(_app.Client(), "/reconcile/1.0");

        SchemaCheck.AssertValid(answer.Json, "1.0-draft", "manifest.json");
        Assert.True((bool)answer.Json["standardizedScore"]!);
        Assert.EndsWith("/entities/{id}", (string?)answer.Json["view"]!["url"]);
        Assert.Equal(100, (int)answer.Json["batchSize"]!);
    }

    [Fact]
    public void The_schema_check_refuses_a_manifest_that_lacks_required_fields()
    {
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SchemaCheck.AssertValid(JsonNode.Parse("""{"versions": ["0.1"], "name": "x"}"""), "0.2", "manifest.json"));
    }

    [Fact]
    public async Task A_0_2_form_batch_answers_each_key_with_candidates_best_first_and_properties_refine_them()
    {
        var queries = """
            {"q0": {"query": "Alou Boi Diarra", "type": "Person", "limit": 3, "properties": [{"pid": "nationality", "v": "ml"}, {"pid": "birthDate", "v": ["1965"]}]},
             "q1": {"query": "Wagner Group", "type": ["Organization", "Company"]},
             "q2": {"query": "Assimi Goita"}}
            """;

        var answer = await MatchingHttp.PostFormAsync(_app.Client(), "/reconcile", ("queries", queries));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        SchemaCheck.AssertValid(answer.Json, "0.2", "reconciliation-result-batch.json");
        var diarra = answer.Json["q0"]!["result"]!.AsArray();
        Assert.Equal("alou-boi-diarra", (string?)diarra[0]!["id"]);
        Assert.True(diarra.Count <= 3);
        Assert.True((bool)diarra[0]!["match"]!);
        Assert.InRange((double)diarra[0]!["score"]!, 70, 100);
        Assert.Equal("Person", (string?)diarra[0]!["type"]![0]!["id"]);
        Assert.NotEmpty(diarra[0]!["features"]!.AsArray());
        Assert.Equal("wagner-group", (string?)answer.Json["q1"]!["result"]![0]!["id"]);
        Assert.Equal("assimi-goita", (string?)answer.Json["q2"]!["result"]![0]!["id"]);
        var scores = diarra.Select(c => (double)c!["score"]!).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task A_0_2_single_query_and_a_GET_batch_answer_too_and_JSONP_needs_a_plain_callback_name()
    {
        var client = _app.Client();

        var single = await MatchingHttp.PostFormAsync(client, "/reconcile", ("query", "Sadio Camara"));
        var get = await MatchingHttp.GetAsync(client, "/reconcile?queries=" + Uri.EscapeDataString("""{"a": {"query": "Sadio Camara"}}"""));
        var jsonp = await MatchingHttp.GetAsync(client, "/reconcile?callback=jQuery123_456");
        var hostile = await MatchingHttp.GetAsync(client, "/reconcile?callback=" + Uri.EscapeDataString("alert(1);x"));

        Assert.Equal("sadio-camara", (string?)single.Json["result"]![0]!["id"]);
        Assert.Equal("sadio-camara", (string?)get.Json["a"]!["result"]![0]!["id"]);
        Assert.StartsWith("/**/jQuery123_456({", jsonp.Text, StringComparison.Ordinal);
        Assert.EndsWith("});", jsonp.Text, StringComparison.Ordinal);
        Assert.StartsWith("application/javascript", jsonp.Header("Content-Type"));
        Assert.Equal(HttpStatusCode.BadRequest, hostile.Status);
        Assert.DoesNotContain("alert", hostile.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"q0": {"query": "Sadio Camara", "type": "Spaceship"}}""", "queries.q0.type: 'Spaceship' is not a type")]
    [InlineData("""{"q0": {"query": "Sadio Camara", "properties": [{"pid": "shoeSize", "v": "44"}]}}""", "queries.q0.properties[0].pid: 'shoeSize' is not a property")]
    [InlineData("""{"q0": {"query": "Sadio Camara", "limit": -1}}""", "queries.q0.limit: give a positive whole number")]
    [InlineData("""{"q0": {"query": 5}}""", "queries.q0.query: give the name")]
    [InlineData("""[1, 2]""", "queries: give an object")]
    [InlineData("""{"q0": """, "queries is not valid JSON")]
    public async Task A_0_2_batch_the_service_cannot_read_is_a_400_naming_the_place(string queries, string expected)
    {
        var answer = await MatchingHttp.PostFormAsync(_app.Client(), "/reconcile", ("queries", queries));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith(expected, (string?)answer.Json["message"]);
    }

    [Fact]
    public async Task A_1_0_JSON_batch_answers_in_order_with_features_from_the_explanations_and_an_id_condition_first()
    {
        var body = """
            {"queries": [
              {"type": "Person", "limit": 2, "conditions": [{"matchType": "name", "propertyValue": "Sadio Camara"}, {"matchType": "property", "propertyId": "nationality", "propertyValue": "ml"}]},
              {"conditions": [{"matchType": "name", "propertyValue": ["Wagner Group", "PMC Wagner"]}, {"matchType": "id", "propertyValue": "malian-junta", "required": true, "matchQuantifier": "any"}]}
            ]}
            """;

        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/reconcile/1.0/match", body);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        SchemaCheck.AssertValid(answer.Json, "1.0-draft", "reconciliation-result-batch.json");
        var results = answer.Json["results"]!.AsArray();
        Assert.Equal(2, results.Count);
        var camara = results[0]!["candidates"]![0]!;
        Assert.Equal("sadio-camara", (string?)camara["id"]);
        Assert.InRange((double)camara["score"]!, 70, 100);
        var feature = camara["features"]![0]!;
        Assert.False(string.IsNullOrEmpty((string?)feature["name"]));
        Assert.Equal("malian-junta", (string?)results[1]!["candidates"]![0]!["id"]);
        Assert.Equal(100, (double)results[1]!["candidates"]![0]!["score"]!);
        Assert.Contains(results[1]!["candidates"]!.AsArray(), c => (string?)c!["id"] == "wagner-group");
    }

    [Theory]
    [InlineData("""{"queries": [{"conditions": []}]}""", "queries[0].conditions: give an array of at least one condition")]
    [InlineData("""{"queries": [{"conditions": [{"matchType": "fuzzy", "propertyValue": "x"}]}]}""", "queries[0].conditions[0].matchType")]
    [InlineData("""{"queries": [{"conditions": [{"matchType": "name", "propertyValue": "x", "matchQuantifier": "none"}]}]}""", "queries[0].conditions[0].matchQuantifier: none is not supported")]
    [InlineData("""{"queries": [{"conditions": [{"matchType": "property", "propertyValue": "x"}]}]}""", "queries[0].conditions[0].propertyId")]
    public async Task A_1_0_batch_the_service_cannot_read_is_a_400_naming_the_place(string body, string expected)
    {
        var answer = await MatchingHttp.PostJsonAsync(_app.Client(), "/reconcile/1.0/match", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith(expected, (string?)answer.Json["message"]);
    }

    [Theory]
    [InlineData("0.2", "/reconcile/suggest")]
    [InlineData("1.0-draft", "/reconcile/1.0/suggest")]
    public async Task Suggest_finds_entities_by_name_and_by_id_and_lists_types_and_properties(string version, string root)
    {
        var client = _app.Client();

        var byName = await MatchingHttp.GetAsync(client, root + "/entity?prefix=Sadio%20Camara");
        var byId = await MatchingHttp.GetAsync(client, root + "/entity?prefix=wagner-group");
        var properties = await MatchingHttp.GetAsync(client, root + "/property?prefix=birth");
        var types = await MatchingHttp.GetAsync(client, root + "/type?prefix=pers");

        SchemaCheck.AssertValid(byName.Json, version, "suggest-entities-response.json");
        SchemaCheck.AssertValid(properties.Json, version, "suggest-properties-response.json");
        SchemaCheck.AssertValid(types.Json, version, "suggest-types-response.json");
        Assert.Equal("sadio-camara", (string?)byName.Json["result"]![0]!["id"]);
        Assert.Equal("wagner-group", (string?)byId.Json["result"]![0]!["id"]);
        Assert.Equal("birthDate", (string?)Assert.Single(properties.Json["result"]!.AsArray())!["id"]);
        Assert.Equal("Person", (string?)Assert.Single(types.Json["result"]!.AsArray())!["id"]);
    }

    [Fact]
    public async Task The_1_0_preview_route_leads_to_the_embed_card()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _app.BaseAddress };

        var answer = await MatchingHttp.GetAsync(client, "/reconcile/1.0/preview?id=sadio-camara");
        var missing = await MatchingHttp.GetAsync(client, "/reconcile/1.0/preview");

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/embed/entities/sadio-camara", answer.Response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
    }
}
