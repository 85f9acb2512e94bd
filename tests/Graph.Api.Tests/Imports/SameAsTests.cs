using System.Net.Http.Headers;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Imports;

/// <summary>OFAC's "CAMARA, Sadio" and the article's "Sadio Camara" stay two entities, tied only by an explicit link.</summary>
public sealed class SameAsTests : IDisposable
{
    private const string Key = "same-as-key";
    // A row in OFAC's sdn.csv format, written for this test.
    private const string OfacCamara = """
        99999001,"CAMARA, Sadio","individual","RUSSIA-EO14024","Minister of Defense",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1979; POB Kati, Mali; nationality Mali; Gender Male."
        """;

    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = Key });

    [Fact]
    public async Task Linked_entities_show_each_others_sanctions_marked_by_their_target()
    {
        using var client = _app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        await client.Data("""mutation($c: String!) { importDesignations(format: OFAC_CSV, content: $c, published: "2023-07-25") { succeeded } }""", new { c = OfacCamara });
        var search = await client.Data("""{ search(query: "Sadio Camara", kinds: [PERSON]) { entity { id } } }""");
        Assert.Equal(["sadio-camara", "ofac-99999001"], search["search"]!.AsArray().Select(h => h!["entity"]!["id"]!.GetValue<string>()).Order().Reverse());

        await client.Data("""mutation { linkSameAs(from: "sadio-camara", to: "ofac-99999001", reason: "Same minister") { id type } }""");
        var article = await client.Data("""{ entity(id: "sadio-camara") { sameAs { id } sanctions { id target { id } } } }""");
        var ofac = await client.Data("""{ entity(id: "ofac-99999001") { sameAs { id } sanctions { id target { id } } own: sanctions(includeSameAs: false) { id } } }""");

        Assert.Equal("ofac-99999001", article["entity"]!["sameAs"]![0]!["id"]!.GetValue<string>());
        Assert.Contains(article["entity"]!["sanctions"]!.AsArray(), s => s!["target"]!["id"]!.GetValue<string>() == "ofac-99999001");
        Assert.Contains(article["entity"]!["sanctions"]!.AsArray(), s => s!["target"]!["id"]!.GetValue<string>() == "sadio-camara");
        Assert.Contains(ofac["entity"]!["sanctions"]!.AsArray(), s => s!["target"]!["id"]!.GetValue<string>() == "sadio-camara");
        Assert.Equal(["ofac-99999001"], ofac["entity"]!["own"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));

        await client.Data("""mutation { unlinkSameAs(from: "ofac-99999001", to: "sadio-camara") }""");
        var unlinked = await client.Data("""{ entity(id: "sadio-camara") { sameAs { id } } }""");
        Assert.Empty(unlinked["entity"]!["sameAs"]!.AsArray());
    }

    public void Dispose() => _app.Dispose();
}
