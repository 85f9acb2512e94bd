using System.Net;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Imports;

/// <summary>
/// OFAC's Enhanced XML over HTTP: uploaded to /imports, its relationships are then read through GraphQL with the
/// graph's types and OFAC's own labels as their roles, including the one to a party the file does not hold.
/// </summary>
public sealed class OfacXmlUploadTests : IDisposable
{
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofac-xml", name);

    [Fact]
    public async Task An_uploaded_publication_s_relationships_are_queryable_with_their_OFAC_labels()
    {
        using var client = _app.Authorized();
        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(Fixture("CONS_ENHANCED.XML")));

        var (status, report, text) = await client.Upload("format=ofac-xml", body);

        Assert.True(status == HttpStatusCode.OK, text);
        Assert.Equal(3, report["relationships"]!["created"]!.GetValue<int>());
        var bank = (await client.Data("""
            { entity(id: "ofac-17017") { name relationships { type role from { id } to { id } } } }
            """))["entity"]!;
        var ties = bank["relationships"]!.AsArray().Select(r => r!.ToJsonString()).Order().ToList();
        // 17017 is owned by 17013 and owns 19996: "Owned or Controlled By" runs from the owner in the graph.
        Assert.Equal(
            [
                """{"type":"ownership","role":"Owned or Controlled By","from":{"id":"ofac-17013"},"to":{"id":"ofac-17017"}}""",
                """{"type":"ownership","role":"Owned or Controlled By","from":{"id":"ofac-17017"},"to":{"id":"ofac-19996"}}""",
            ],
            ties);
    }

    [Fact]
    public async Task A_tie_to_a_party_the_file_lacks_reaches_a_placeholder_found_by_its_OFAC_id()
    {
        using var client = _app.Authorized();
        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(Fixture("CONS_ENHANCED.XML")));
        var (status, _, text) = await client.Upload("format=ofac-xml", body);
        Assert.True(status == HttpStatusCode.OK, text);

        var member = (await client.Data("""
            { entity(id: "ofac-9647") { relationships(types: ["representation"]) { role to { id name sanctions { id } } } } }
            """))["entity"]!;

        Assert.Equal("""[{"role":"Acting for or on behalf of","to":{"id":"ofac-4695","name":"HAMAS","sanctions":[]}}]""",
            member["relationships"]!.ToJsonString());
    }

    public void Dispose() => _app.Dispose();
}
