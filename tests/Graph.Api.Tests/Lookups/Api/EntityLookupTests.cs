using System.Net;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Lookups.Api;

/// <summary>GET /api/entities/{id}: the seed's Sadio Camara field by field, pinned before and after the July 2023 designations.</summary>
public sealed class EntityLookupTests : IDisposable
{
    private readonly GraphApp _app = new();
    private readonly HttpClient _client;

    public EntityLookupTests() => _client = _app.Client();

    [Fact]
    public async Task Sadio_Camara_on_the_day_of_his_designation_has_every_field_under_its_GraphQL_name()
    {
        var answer = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara?asOf=2023-07-24");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json; charset=utf-8", answer.Header("Content-Type"));
        var json = answer.Json;
        Assert.Equal(["entity", "asOf", "dataAsOf", "links"], Keys(json));
        Assert.Equal("2023-07-24", (string?)json["asOf"]);
        Assert.Equal("2023-07-24", (string?)json["dataAsOf"]);

        var entity = json["entity"]!;
        Assert.Equal(["id", "kind", "name", "aliases", "properties", "note", "sources", "sanctions", "relationships", "relationshipTotals", "sameAs"], Keys(entity));
        Assert.Equal("sadio-camara", (string?)entity["id"]);
        Assert.Equal("PERSON", (string?)entity["kind"]);
        Assert.Equal("Sadio Camara", (string?)entity["name"]);
        Assert.Equal("[]", entity["aliases"]!.ToJsonString());
        Assert.Equal("""[{"name":"nationality","values":["ml"]}]""", entity["properties"]!.ToJsonString());
        Assert.Null(entity["note"]);
        Assert.Equal("[]", entity["sameAs"]!.ToJsonString());
        var source = entity["sources"]![0]!;
        Assert.Equal(["title", "url", "publisher", "publishedOn", "quote"], Keys(source));
        Assert.Equal("Will crackdown on Mali over Wagner mercenaries actually do anything?", (string?)source["title"]);
        Assert.Equal("Responsible Statecraft", (string?)source["publisher"]);
        Assert.Equal("2023-07", (string?)source["publishedOn"]);
        Assert.Equal("Defense Minister Sadio Camara", (string?)source["quote"]);

        var sanction = Assert.Single(entity["sanctions"]!.AsArray())!;
        Assert.Equal(["id", "authority", "target", "programs", "provisions", "listedOn", "endedOn", "reason", "dataset", "firstSeen", "lastSeen", "note", "sources", "inForce"], Keys(sanction));
        Assert.Equal("ofac-2023-07-24-sadio-camara", (string?)sanction["id"]);
        Assert.Equal("""{"id":"ofac","kind":"PUBLIC_BODY","name":"Office of Foreign Assets Control"}""", sanction["authority"]!.ToJsonString());
        Assert.Equal("""{"id":"sadio-camara","kind":"PERSON","name":"Sadio Camara"}""", sanction["target"]!.ToJsonString());
        Assert.Equal("""["RUSSIA-EO14024"]""", sanction["programs"]!.ToJsonString());
        Assert.Equal("""["Block"]""", sanction["provisions"]!.ToJsonString());
        Assert.Equal("2023-07-24", (string?)sanction["listedOn"]);
        Assert.Null(sanction["endedOn"]);
        Assert.Equal("“facilitating” the Kremlin-linked Wagner Group", (string?)sanction["reason"]);
        Assert.Null(sanction["dataset"]);
        Assert.True((bool)sanction["inForce"]!);
        Assert.Equal("On July 24, the U.S. Treasury Department sanctioned three of the most senior officials", (string?)sanction["sources"]![0]!["quote"]);

        var relationships = entity["relationships"]!.AsArray();
        Assert.Equal(7, relationships.Count);
        var minister = relationships.Single(r => (string?)r!["id"] == "sadio-camara-holds-mali-minister-of-defence")!;
        Assert.Equal(["id", "type", "role", "startDate", "endDate", "note", "from", "to", "sources"], Keys(minister));
        Assert.Equal("occupancy", (string?)minister["type"]);
        Assert.Equal("Defense Minister", (string?)minister["role"]);
        Assert.Equal("""{"id":"sadio-camara","kind":"PERSON","name":"Sadio Camara"}""", minister["from"]!.ToJsonString());
        Assert.Equal("""{"id":"mali-minister-of-defence","kind":"POSITION","name":"Minister of Defence of Mali"}""", minister["to"]!.ToJsonString());
        Assert.Equal("""{"type":"membership","total":2}""", entity["relationshipTotals"]!.AsArray().Single(t => (string?)t!["type"] == "membership")!.ToJsonString());

        var links = json["links"]!;
        var site = _app.BaseAddress.ToString().TrimEnd('/');
        Assert.Equal($"{site}/entities/sadio-camara?asOf=2023-07-24", (string?)links["page"]);
        Assert.Equal($"{site}/embed/entities/sadio-camara?asOf=2023-07-24", (string?)links["embed"]);
        Assert.Equal($"{site}/oembed?url={Uri.EscapeDataString($"{site}/entities/sadio-camara?asOf=2023-07-24")}&format=json", (string?)links["oembed"]);
    }

    [Fact]
    public async Task The_answer_names_the_same_values_GraphQL_gives_for_the_same_fields()
    {
        const string query = """
            { entity(id: "sadio-camara") { id kind name aliases properties { name values } note
                sources { title url publisher publishedOn quote }
                sanctions { id authority { id kind name } target { id kind name } programs provisions listedOn endedOn reason dataset firstSeen lastSeen note
                  sources { title url publisher publishedOn quote } }
                sameAs { id kind name } } }
            """;
        var graphql = (await _client.Data(query))["entity"]!.AsObject();
        var lookup = (await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara")).Json["entity"]!.AsObject();

        foreach (var sanction in lookup["sanctions"]!.AsArray()) sanction!.AsObject().Remove("inForce");
        foreach (var (name, value) in graphql) Assert.True(JsonNode.DeepEquals(value, lookup[name]), $"{name}: GraphQL {value?.ToJsonString()}, lookup {lookup[name]?.ToJsonString()}");
    }

    [Fact]
    public async Task The_day_before_the_designation_shows_no_OFAC_sanction_and_the_day_itself_shows_it_in_force()
    {
        var before = (await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara?asOf=2023-07-23")).Json;
        var on = (await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara?asOf=2023-07-24")).Json;
        var unpinned = (await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara")).Json;

        Assert.Equal("[]", before["entity"]!["sanctions"]!.ToJsonString());
        Assert.Equal("2023-07-23", (string?)before["asOf"]);
        Assert.Equal(["ofac"], on["entity"]!["sanctions"]!.AsArray().Select(s => (string?)s!["authority"]!["id"]));
        Assert.Null(unpinned["asOf"]);
        Assert.True((bool)unpinned["entity"]!["sanctions"]![0]!["inForce"]!);
        Assert.Equal($"{_app.BaseAddress.ToString().TrimEnd('/')}/entities/sadio-camara", (string?)unpinned["links"]!["page"]);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_with_a_NOT_FOUND_code_and_so_is_an_id_too_long_to_exist()
    {
        var unknown = await LookupHttp.SendAsync(_client, "/api/entities/nobody-at-all");
        var tooLong = await LookupHttp.SendAsync(_client, "/api/entities/" + new string('x', 300));

        foreach (var answer in new[] { unknown, tooLong })
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.Status);
            Assert.Equal("NOT_FOUND", (string?)answer.Json["error"]);
            Assert.Equal("application/json; charset=utf-8", answer.Header("Content-Type"));
            Assert.Equal("public, max-age=60", answer.Header("Cache-Control"));
        }
        Assert.Contains("nobody-at-all", (string?)unknown.Json["message"]);
    }

    [Theory]
    [InlineData("asOf=2023-7-24")]
    [InlineData("asOf=yesterday")]
    [InlineData("asOf=2023-02-30")]
    [InlineData("asOf=2023-07-24&asOf=2023-07-25")]
    public async Task A_bad_asOf_is_a_400_BAD_USER_INPUT_naming_the_parameter(string query)
    {
        var answer = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_USER_INPUT", (string?)answer.Json["error"]);
        Assert.StartsWith("asOf:", (string?)answer.Json["message"], StringComparison.Ordinal);
        Assert.Equal("no-store", answer.Header("Cache-Control"));
    }

    [Fact]
    public async Task HEAD_answers_the_headers_of_GET_without_a_body()
    {
        var get = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara");
        var head = await LookupHttp.SendAsync(_client, "/api/entities/sadio-camara", HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal("", head.Text);
        Assert.Equal(get.ETag, head.ETag);
        Assert.Equal(get.Header("Content-Length"), head.Header("Content-Length"));
        Assert.Equal(get.Header("Cache-Control"), head.Header("Cache-Control"));
    }

    [Fact]
    public async Task Hostile_strings_come_back_intact_and_escaped_so_that_the_JSON_is_safe_inside_HTML()
    {
        await HostileGraph.WriteAsync(_app.Services);

        var answer = await LookupHttp.SendAsync(_client, "/api/entities/" + HostileGraph.TargetId);

        Assert.Equal(HostileGraph.ScriptName, (string?)answer.Json["entity"]!["name"]);
        Assert.Equal(HostileGraph.JavascriptUrl, (string?)answer.Json["entity"]!["sources"]![0]!["url"]);
        Assert.Equal(HostileGraph.ClosingScriptInJson, (string?)answer.Json["entity"]!["sanctions"]![0]!["reason"]);
        foreach (var dangerous in new[] { "<", ">", "&", "'", "\u202E" }) Assert.DoesNotContain(dangerous, answer.Text, StringComparison.Ordinal);
    }

    private static List<string> Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key)];

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
