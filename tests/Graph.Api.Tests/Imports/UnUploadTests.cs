using System.Net;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Imports;

/// <summary>The UN list over HTTP: uploaded as a bare body to /imports, and given as text to the mutation.</summary>
public sealed class UnUploadTests : IDisposable
{
    private readonly GraphApp _app = new(new() { ["Auth:ApiKeys:0"] = UploadClient.Key });

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "un-xml", name);

    [Fact]
    public async Task An_upload_then_a_later_publication_by_the_mutation_delists_the_entry_it_lacks()
    {
        using var client = _app.Authorized();
        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(Fixture("consolidated.xml")));

        var (status, report, text) = await client.Upload("format=un-xml", body);

        Assert.True(status == HttpStatusCode.OK, text);
        Assert.Equal(5, report["sanctions"]!["created"]!.GetValue<int>());
        var later = (await client.Data("""
            mutation($c: String!) { importDesignations(format: UN_XML, content: $c) { succeeded delisted } }
            """, new { c = await File.ReadAllTextAsync(Fixture("consolidated-2026-03-06.xml")) }))["importDesignations"]!;
        Assert.True(later["succeeded"]!.GetValue<bool>());
        Assert.Equal(1, later["delisted"]!.GetValue<int>());
        var sanctions = (await client.Data("""{ entity(id: "un-9100003") { sanctions { lastSeen endedOn authority { id } } } }"""))["entity"]!["sanctions"]!;
        Assert.Equal("""[{"lastSeen":"2026-02-27","endedOn":"2026-03-06","authority":{"id":"un-sc"}}]""", sanctions.ToJsonString());
    }

    public void Dispose() => _app.Dispose();
}
