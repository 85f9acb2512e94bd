using System.Diagnostics;
using System.Net;
using Graph.Api.Tests.Imports;
using Graph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Graph.Api.Tests.Matching;

/// <summary>Matching over the seed and both OFAC fixture publications: dataset scopes, sanction topics and a full batch.</summary>
public sealed class OfacMatchingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });

    public Task InitializeAsync() => _app.ImportBothOfacPublicationsAsync();

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_dataset_in_the_path_scopes_the_candidates_to_the_seed_or_to_the_OFAC_list()
    {
        var body = MatchingHttp.YenteBody(("nasrallah", "Person", """{"name": ["Hasan Nasrallah"]}"""), ("camara", "Person", """{"name": ["Sadio Camara"]}"""));
        var client = _app.Client();

        var ofac = await MatchingHttp.PostJsonAsync(client, "/match/us_ofac_sdn", body);
        var seed = await MatchingHttp.PostJsonAsync(client, "/match/seed", body);

        Assert.Equal(HttpStatusCode.OK, ofac.Status);
        var listed = ofac.Json["responses"]!["nasrallah"]!["results"]![0]!;
        Assert.Equal("ofac-2686", (string?)listed["id"]);
        Assert.Equal(["us_ofac_sdn"], listed["datasets"]!.AsArray().Select(d => (string?)d));
        Assert.True((bool)listed["target"]!);
        Assert.Contains("sanction", listed["properties"]!["topics"]!.AsArray().Select(t => (string?)t));
        Assert.StartsWith("2021-", (string?)listed["first_seen"]);
        Assert.Empty(ofac.Json["responses"]!["camara"]!["results"]!.AsArray());

        Assert.Empty(seed.Json["responses"]!["nasrallah"]!["results"]!.AsArray());
        Assert.Equal("sadio-camara", (string?)seed.Json["responses"]!["camara"]!["results"]![0]!["id"]);
    }

    [Fact]
    public async Task An_OFAC_vessel_is_found_by_its_name_and_a_reconciliation_type_keeps_people_out()
    {
        var yente = await MatchingHttp.PostJsonAsync(_app.Client(), "/match/default", MatchingHttp.YenteBody(("v", "Vessel", """{"name": ["MAR AZUL"]}""")));
        var reconcile = await MatchingHttp.PostFormAsync(_app.Client(), "/reconcile", ("queries", """{"q": {"query": "NASRALLAH, Hasan", "type": "Organization"}}"""));

        var vessel = yente.Json["responses"]!["v"]!["results"]![0]!;
        Assert.Equal("ofac-4238", (string?)vessel["id"]);
        Assert.Equal("Vessel", (string?)vessel["schema"]);
        Assert.DoesNotContain(reconcile.Json["q"]!["result"]!.AsArray(), c => (string?)c!["type"]![0]!["id"] == "Person");
    }

    [Fact]
    public async Task A_batch_of_a_hundred_queries_answers_every_key()
    {
        string[] names = ["Sadio Camara", "Assimi Goïta", "Alou Boï Diarra", "Wagner Group", "Hasan Nasrallah", "Ahmad Jabril", "MAR AZUL", "Banco Nacional de Cuba", "Shining Path", "Ivan Maslov"];
        var queries = Enumerable.Range(0, 100).Select(i => ($"q{i}", "LegalEntity", $$"""{"name": ["{{names[i % names.Length]}}"], "country": ["ml"]}""")).ToArray();
        var client = _app.Client();
        await MatchingHttp.PostJsonAsync(client, "/match/default", MatchingHttp.YenteBody(queries[..1]));

        var clock = Stopwatch.StartNew();
        var answer = await MatchingHttp.PostJsonAsync(client, "/match/default", MatchingHttp.YenteBody(queries));
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(100, answer.Json["responses"]!.AsObject().Count);
        Assert.All(answer.Json["responses"]!.AsObject(), r => Assert.Equal(200, (int)r.Value!["status"]!));
        Assert.Equal("100", answer.Header("x-batch-size"));
        output.WriteLine($"100-query batch: {clock.ElapsedMilliseconds} ms, {answer.Text.Length} bytes");
    }
}
